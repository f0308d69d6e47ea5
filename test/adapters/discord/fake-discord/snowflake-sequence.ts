/** Increasing snowflake-shaped ids, so discord.js can read a timestamp from them. */
export class SnowflakeSequence {
  // Discord's epoch is 2015-01-01; shifting a recent millisecond count by 22 bits gives a real-looking id.
  private next_ = (BigInt(Date.now() - 1_420_070_400_000) << 22n) + 1n;

  next(): string {
    this.next_ += 1n;
    return this.next_.toString();
  }
}
