// compliance:rules with a self-assessment whose standards: sets CP-01's limit to 12 working days:
// every criterion is listed with its parameters, the local value printed and marked as local with
// the catalogue's default beside it; parameters not overridden are printed as they are.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert log.contains('[INFO] 75 criteria (slac-2009 areas, bundled rules)')

/** The lines printed for one criterion: its heading and the indented lines under it. */
def criterion = { String id ->
    def from = lines.findIndexOf { it.startsWith('[INFO] ' + id + '  ') }
    assert from >= 0 : 'no ' + id + ' in the listing'
    [lines[from]] + lines.drop(from + 1).takeWhile { it.startsWith('[INFO]     ') }
}

def cp01 = criterion('CP-01')
assert cp01[0] == '[INFO] CP-01  Timeliness of initial child protection conferences'
assert cp01.contains('[INFO]     parameters maxWorkingDays 12 (local; default 15)') : cp01
assert cp01.contains('[INFO]     areas QOP; bands 90 / 75 / 60; weight 1.7; timescale 3m') : cp01

def cp03 = criterion('CP-03')
assert cp03.contains('[INFO]     parameters maxIntervalWorkingDays 10, criticalIntervalWorkingDays 20') : cp03
// the override is the only local value
assert lines.count { it.contains('(local; default') } == 1
assert log.contains('BUILD SUCCESS')
return true
