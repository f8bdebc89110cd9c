// Placeholder: `npm run bench` lands with the engine issue.
console.log('bench: nothing to measure yet');
