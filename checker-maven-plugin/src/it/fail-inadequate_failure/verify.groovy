
def log = new File(basedir, 'build.log').text
assert log.contains('Record of main findings')
assert log.contains('BUILD FAILURE')
assert log =~ /area SAFE graded Inadequate/
assert !log.contains('Exception in thread')
return true
