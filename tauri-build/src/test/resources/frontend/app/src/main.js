export const answer = 42;
console.log("fixture app", answer);
