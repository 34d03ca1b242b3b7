process.stdout.write('worklog-lint\n');
