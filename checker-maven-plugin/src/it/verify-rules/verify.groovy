
def log = new File(basedir, 'build.log').text
assert log.contains('PASS cp-01-late')
assert log.contains('PASS cp-01-on-time')
assert log.contains('2 passed, 0 failed')
// the rules are readied once, before the scenarios
assert log.count('Rules: ') == 1
return true
