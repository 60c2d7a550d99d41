// compliance:validate on valid data: says whose self-assessment it read, for which period and
// from where, counts the records, and judges nothing.
def log = new File(basedir, 'build.log').text
def folder = new File(basedir, 'self-assessment').canonicalFile
assert log.contains('[INFO] Read Testshire County Council (998), 2011-04-01 to 2012-03-31, from ' + folder) : log
assert log.contains('[INFO] Self-assessment is valid: 2 records read, 2 usable, 0 quarantined')
assert log.contains('BUILD SUCCESS')
// validating is reading only: no rules run, no record of main findings, no gate, no reports
assert !log.contains('Record of main findings')
assert !log.contains('Gate: ')
assert !new File(basedir, 'target/compliance').exists()
return true
