import type { ParamMatcher } from '@sveltejs/kit';

/** A `YYYY-MM` month, as the incidents' month files are named. */
export const match: ParamMatcher = (param) => /^\d{4}-(0[1-9]|1[0-2])$/.test(param);
