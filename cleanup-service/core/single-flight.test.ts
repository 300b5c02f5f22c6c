import { SingleFlight } from "./single-flight";

test("a second caller with the same key joins the running work instead of starting it again", async () => {
  const flight = new SingleFlight<number>();
  let runs = 0;
  const work = () => new Promise<number>((resolve) => setTimeout(() => resolve(++runs), 10));
  const key = SingleFlight.keyOf("mailbox", "conversation");
  expect(await Promise.all([flight.run(key, work), flight.run(key, work)])).toEqual([1, 1]);
  expect(flight.size).toBe(0);
  expect(await flight.run(key, work)).toBe(2);
});

test("the key is a hash: it does not hold the conversation id", () => {
  expect(SingleFlight.keyOf("hwc@school.example", "AAQkAGConversation=")).not.toContain("AAQkAG");
});
