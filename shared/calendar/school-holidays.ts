// Reads the Rijksoverheid open-data school holidays, as published at
// https://opendata.rijksoverheid.nl/v1/sources/rijksoverheid/infotypes/schoolholidays/schoolyear/<jaar>:
//   { "content": [ { "schoolyear": "2026-2027", "vacations": [ { "type": "Herfstvakantie",
//       "compulsorydates": "false", "regions": [ { "region": "noord",
//       "startdate": "2026-10-17T00:00:00.000Z", "enddate": "2026-10-25T00:00:00.000Z" } ] } ] } ] }
// Both dates are inclusive. The feed has written them both as UTC midnight and as Amsterdam midnight in UTC
// ("…T22:00:00.000Z" the evening before), so each instant is read as its Amsterdam calendar date.
// The feed's strings carry stray spaces ("Herfstvakantie "), hence the trims.

import { amsterdamWallClock } from "../dates/amsterdam-time";
import { isRegion, type Region } from "./region";

export interface SchoolHolidayPeriod {
  readonly schoolYear: string;
  readonly type: string;
  /** undefined means "heel Nederland". */
  readonly region: Region | undefined;
  readonly start: string;
  readonly end: string;
}

export interface OpenDataSchoolHolidays {
  readonly content: readonly {
    readonly schoolyear: string;
    readonly vacations: readonly {
      readonly type: string;
      readonly compulsorydates?: string;
      readonly regions: readonly { readonly region: string; readonly startdate: string; readonly enddate: string }[];
    }[];
  }[];
}

function amsterdamDate(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new Error("School holiday data holds a date that is not an ISO instant; refresh it.");
  return amsterdamWallClock(ms).date;
}

export function readSchoolHolidays(data: OpenDataSchoolHolidays): SchoolHolidayPeriod[] {
  const periods: SchoolHolidayPeriod[] = [];
  for (const year of data.content) {
    for (const vacation of year.vacations) {
      for (const entry of vacation.regions) {
        const regionName = entry.region.trim().toLowerCase();
        const region = isRegion(regionName) ? regionName : undefined;
        if (!region && regionName !== "heel nederland") {
          throw new Error("School holiday data names an unknown region; expected noord, midden, zuid or heel Nederland.");
        }
        const start = amsterdamDate(entry.startdate);
        const end = amsterdamDate(entry.enddate);
        if (end < start) throw new Error("School holiday data has a period that ends before it starts; refresh it.");
        periods.push({ schoolYear: year.schoolyear.trim(), type: vacation.type.trim(), region, start, end });
      }
    }
  }
  return periods;
}
