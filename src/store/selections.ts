// The columns that make a domain Release or Indicator, selected under the
// domain's field names so a selected row is the domain value as it is.

import { indicators, releases } from "./schema.ts";

export const releaseColumns = {
  id: releases.id,
  asOf: releases.asOf,
  asOfPrecision: releases.asOfPrecision,
  presentedOn: releases.presentedOn,
  title: releases.title,
  source: releases.source,
  url: releases.url,
  status: releases.status,
};

export const indicatorColumns = {
  slug: indicators.slug,
  nameId: indicators.nameId,
  nameEn: indicators.nameEn,
  shortId: indicators.shortId,
  shortEn: indicators.shortEn,
  unit: indicators.unit,
  descriptionId: indicators.descriptionId,
  descriptionEn: indicators.descriptionEn,
  serviceId: indicators.serviceId,
  serviceEn: indicators.serviceEn,
};
