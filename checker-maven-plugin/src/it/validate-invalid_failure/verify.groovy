// compliance:validate on data with an impossible date: the error is reported where it is
// (file:line:column, then the field and why), the build stops with an error in the input
// (MojoExecutionException), not a failed gate, and no stack trace is printed.
def log = new File(basedir, 'build.log').text
def error = "assessment.yaml:29:18: children[0].dateOfBirth: '2000-02-30' is not a date: February 2000 has 29 days"
assert log.contains('[ERROR] The self-assessment has 1 input error; nothing was judged:')
assert log.contains('[ERROR] ' + error + '\n') || log.contains('[ERROR] ' + error + '\r\n')
assert log.contains('Input errors in the self-assessment (1), first: ' + error + ' -> [Help 1]')
assert log.contains('BUILD FAILURE')
// an input error, not a failed gate
assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')
assert !log.contains('MojoFailureException')
assert !log.contains('Self-assessment is valid')
// no stack trace: neither ours nor Maven's
assert !log.contains('\tat org.childcare')
assert !(log =~ /(?m)^\s+at org\.childcare/)
assert !(log =~ /org\.childcare\.compliance\.[\w.]+Exception/)
return true
