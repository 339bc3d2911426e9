// A frontend build that fails the way a bundler does: output, then a non-zero exit.
console.error('BOOM from the frontend');
process.exit(1);
