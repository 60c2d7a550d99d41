
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /CP-07/
assert log =~ /(?i)immediately/
return true
