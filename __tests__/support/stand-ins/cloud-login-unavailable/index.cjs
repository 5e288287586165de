// See action.yml: a cloud login reached in a test run is an error of the workflow under test.
process.stdout.write('::error::a cloud login ran in a test run, where no cloud can be reached\n');
process.exit(1);
