
def log = new File(basedir, 'build.log').text
assert log.contains('FAIL expects-wrong-grade')
assert log.contains('CP-01: grade expected 1 but was 4')
assert log.contains('0 passed, 1 failed')
return true
