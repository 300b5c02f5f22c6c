// A reason `npm start` cannot go on that the person can fix: printed as one line saying what to do, no stack.
export class StartProblem extends Error {
  override readonly name = "StartProblem";
}
