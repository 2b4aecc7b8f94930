export * from "./answer-three-d-secure-challenge"
export * from "./record-capture-failure"
