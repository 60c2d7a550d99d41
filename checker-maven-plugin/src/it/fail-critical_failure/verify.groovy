
def log = new File(basedir, 'build.log').text
assert log.contains('CRITICAL FINDINGS')
assert log.contains('BUILD FAILURE')
assert log =~ /critical finding/
return true
