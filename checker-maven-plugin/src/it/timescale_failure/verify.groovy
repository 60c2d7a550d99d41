// failOnTimescale=immediately, failOnGrade=none: the gate fails for CP-07's area for improvement,
// due immediately, and for nothing else (SUP-01's is due within three months, past the threshold).
def log = new File(basedir, 'build.log').text
def expected = 'area for improvement due immediately: CP-07'

// the gate's reasons as the console lists them under "Gate: FAILED", and nothing more
def gate = log.readLines().dropWhile { !it.endsWith('Gate: FAILED') }.drop(1).takeWhile { it.startsWith('[INFO]   - ') }
assert gate == ['[INFO]   - ' + expected] : gate
// the build fails with the same reason, not with an input or configuration error
assert log.contains('Compliance gate failed: ' + expected + ' -> [Help 1]')
assert log.contains('BUILD FAILURE')
assert !log.contains('due within three months')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/compliance/report.json'))
assert json.gate.passed == false
assert json.gate.reasons == [expected] : json.gate.reasons
return true
