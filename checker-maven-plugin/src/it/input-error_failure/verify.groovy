
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /assessment\.yaml:\d+:\d+: .*dateOfBrith.*did you mean .*dateOfBirth/
assert !log.contains('Record of main findings')
assert !log.contains('\tat org.childcare')
return true
