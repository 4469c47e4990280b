// A Workers invocation may make only so many subrequests (50 on the free
// plan), counting every Bot API call and every database round trip. The
// delivery worker asks how many are left before each step; on Node nothing
// counts them and the budget is unlimited.

export interface SubrequestBudget {
  left(): number;
}

export const UNLIMITED: SubrequestBudget = { left: () => Infinity };
