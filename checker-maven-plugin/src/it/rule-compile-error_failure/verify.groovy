
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /child-protection\.drl:\d+: /
assert !log.contains('\tat org.drools')
return true
