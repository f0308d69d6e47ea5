/** Gaussian elimination with partial pivoting; returns zeros for a singular system. */
export function solveLinear(matrix: readonly (readonly number[])[], vector: readonly number[]): number[] {
  const size = vector.length;
  const a = matrix.map((row, index) => [...row, vector[index] ?? 0]);
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) {
      if (Math.abs(a[row]?.[column] ?? 0) > Math.abs(a[pivot]?.[column] ?? 0)) pivot = row;
    }
    if (Math.abs(a[pivot]?.[column] ?? 0) < 1e-12) return new Array<number>(size).fill(0);
    [a[column], a[pivot]] = [a[pivot] as number[], a[column] as number[]];
    const pivotRow = a[column] as number[];
    for (let row = 0; row < size; row += 1) {
      if (row === column) continue;
      const current = a[row] as number[];
      const factor = (current[column] ?? 0) / (pivotRow[column] ?? 1);
      for (let k = column; k <= size; k += 1) current[k] = (current[k] ?? 0) - factor * (pivotRow[k] ?? 0);
    }
  }
  return a.map((row, index) => (row[size] ?? 0) / (row[index] ?? 1));
}
