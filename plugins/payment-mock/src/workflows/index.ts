export * from "./answer-three-d-secure-challenge"
