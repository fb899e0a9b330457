/** Invented names and places the fleet generator draws from. No real customer data. */

// prettier-ignore
export const CLIENT_NAME_FIRST = [
  'Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Wingtip', 'Litware', 'Proseware', 'Adatum',
  'Lucerne', 'Alpine', 'Blue Yonder', 'Coho', 'Fourth Street', 'Humongous', 'Trey', 'Wide World',
  'Woodgrove', 'Relecloud', 'Bellows', 'Southridge', 'Lakeshore', 'Redwood', 'Granite', 'Summit',
  'Harbor', 'Maple', 'Pioneer', 'Cedar', 'Ironwood', 'Bayview',
] as const;

// prettier-ignore
export const CLIENT_NAME_SECOND = [
  'Retail', 'Logistics', 'Foods', 'Health', 'Bank', 'Auto Parts', 'Pharmacy', 'Outfitters',
  'Hardware', 'Markets', 'Fitness', 'Dental', 'Insurance', 'Credit Union', 'Hotels', 'Restaurants',
  'Jewelers', 'Energy', 'Freight', 'Clinics',
] as const;

export interface CatalogCity {
  city: string;
  state: string;
  zip: string;
  latitude: number;
  longitude: number;
  /** Bruin's time-zone label. */
  timeZone: string;
  iana: string;
  areaCode: string;
}

// prettier-ignore
export const CITIES: readonly CatalogCity[] = [
  { city: 'Providence', state: 'RI', zip: '02903', latitude: 41.824, longitude: -71.4128, timeZone: 'Eastern', iana: 'America/New_York', areaCode: '401' },
  { city: 'Boston', state: 'MA', zip: '02110', latitude: 42.3601, longitude: -71.0589, timeZone: 'Eastern', iana: 'America/New_York', areaCode: '617' },
  { city: 'Hartford', state: 'CT', zip: '06103', latitude: 41.7658, longitude: -72.6734, timeZone: 'Eastern', iana: 'America/New_York', areaCode: '860' },
  { city: 'Albany', state: 'NY', zip: '12207', latitude: 42.6526, longitude: -73.7562, timeZone: 'Eastern', iana: 'America/New_York', areaCode: '518' },
  { city: 'Newark', state: 'NJ', zip: '07102', latitude: 40.7357, longitude: -74.1724, timeZone: 'Eastern', iana: 'America/New_York', areaCode: '973' },
  { city: 'Philadelphia', state: 'PA', zip: '19107', latitude: 39.9526, longitude: -75.1652, timeZone: 'Eastern', iana: 'America/New_York', areaCode: '215' },
  { city: 'Baltimore', state: 'MD', zip: '21202', latitude: 39.2904, longitude: -76.6122, timeZone: 'Eastern', iana: 'America/New_York', areaCode: '410' },
  { city: 'Richmond', state: 'VA', zip: '23219', latitude: 37.5407, longitude: -77.436, timeZone: 'Eastern', iana: 'America/New_York', areaCode: '804' },
  { city: 'Charlotte', state: 'NC', zip: '28202', latitude: 35.2271, longitude: -80.8431, timeZone: 'Eastern', iana: 'America/New_York', areaCode: '704' },
  { city: 'Atlanta', state: 'GA', zip: '30303', latitude: 33.749, longitude: -84.388, timeZone: 'Eastern', iana: 'America/New_York', areaCode: '404' },
  { city: 'Orlando', state: 'FL', zip: '32801', latitude: 28.5383, longitude: -81.3792, timeZone: 'Eastern', iana: 'America/New_York', areaCode: '407' },
  { city: 'Columbus', state: 'OH', zip: '43215', latitude: 39.9612, longitude: -82.9988, timeZone: 'Eastern', iana: 'America/New_York', areaCode: '614' },
  { city: 'Detroit', state: 'MI', zip: '48226', latitude: 42.3314, longitude: -83.0458, timeZone: 'Eastern', iana: 'America/Detroit', areaCode: '313' },
  { city: 'Chicago', state: 'IL', zip: '60602', latitude: 41.8781, longitude: -87.6298, timeZone: 'Central', iana: 'America/Chicago', areaCode: '312' },
  { city: 'Milwaukee', state: 'WI', zip: '53202', latitude: 43.0389, longitude: -87.9065, timeZone: 'Central', iana: 'America/Chicago', areaCode: '414' },
  { city: 'Minneapolis', state: 'MN', zip: '55401', latitude: 44.9778, longitude: -93.265, timeZone: 'Central', iana: 'America/Chicago', areaCode: '612' },
  { city: 'St. Louis', state: 'MO', zip: '63101', latitude: 38.627, longitude: -90.1994, timeZone: 'Central', iana: 'America/Chicago', areaCode: '314' },
  { city: 'Nashville', state: 'TN', zip: '37203', latitude: 36.1627, longitude: -86.7816, timeZone: 'Central', iana: 'America/Chicago', areaCode: '615' },
  { city: 'Dallas', state: 'TX', zip: '75201', latitude: 32.7767, longitude: -96.797, timeZone: 'Central', iana: 'America/Chicago', areaCode: '214' },
  { city: 'Houston', state: 'TX', zip: '77002', latitude: 29.7604, longitude: -95.3698, timeZone: 'Central', iana: 'America/Chicago', areaCode: '713' },
  { city: 'New Orleans', state: 'LA', zip: '70112', latitude: 29.9511, longitude: -90.0715, timeZone: 'Central', iana: 'America/Chicago', areaCode: '504' },
  { city: 'Denver', state: 'CO', zip: '80202', latitude: 39.7392, longitude: -104.9903, timeZone: 'Mountain', iana: 'America/Denver', areaCode: '303' },
  { city: 'Salt Lake City', state: 'UT', zip: '84101', latitude: 40.7608, longitude: -111.891, timeZone: 'Mountain', iana: 'America/Denver', areaCode: '801' },
  { city: 'Phoenix', state: 'AZ', zip: '85004', latitude: 33.4484, longitude: -112.074, timeZone: 'Mountain', iana: 'America/Phoenix', areaCode: '602' },
  { city: 'Seattle', state: 'WA', zip: '98101', latitude: 47.6062, longitude: -122.3321, timeZone: 'Pacific', iana: 'America/Los_Angeles', areaCode: '206' },
  { city: 'Portland', state: 'OR', zip: '97204', latitude: 45.5152, longitude: -122.6784, timeZone: 'Pacific', iana: 'America/Los_Angeles', areaCode: '503' },
  { city: 'Sacramento', state: 'CA', zip: '95814', latitude: 38.5816, longitude: -121.4944, timeZone: 'Pacific', iana: 'America/Los_Angeles', areaCode: '916' },
  { city: 'San Diego', state: 'CA', zip: '92101', latitude: 32.7157, longitude: -117.1611, timeZone: 'Pacific', iana: 'America/Los_Angeles', areaCode: '619' },
];

// prettier-ignore
export const STREET_NAMES = [
  'Harbor Way', 'Main Street', 'Elm Avenue', 'Commerce Drive', 'Market Street', 'Oak Boulevard',
  'Industrial Parkway', 'Lake Road', 'Park Avenue', 'Mill Street', 'Washington Street',
  'Highland Avenue', 'Center Street', 'River Road', 'Union Street', 'Maple Drive',
] as const;

export const SITE_KINDS = ['Store', 'Branch', 'Office', 'Clinic', 'Warehouse'] as const;

// prettier-ignore
export const FIRST_NAMES = [
  'Dana', 'Alex', 'Jordan', 'Casey', 'Morgan', 'Riley', 'Taylor', 'Avery', 'Quinn', 'Jamie',
  'Robin', 'Drew', 'Cameron', 'Skyler', 'Reese', 'Hayden',
] as const;

// prettier-ignore
export const LAST_NAMES = [
  'Okafor', 'Nguyen', 'Garcia', 'Smith', 'Kowalski', 'Haddad', 'Larsen', 'Moreau', 'Tanaka',
  'Silva', 'Brennan', 'Ivanova', 'Mensah', 'Park', 'Rossi', 'Fischer',
] as const;

export interface CatalogIsp {
  isp: string;
  label: string;
}

export const WIRED_ISPS: readonly CatalogIsp[] = [
  { isp: 'Comcast Cable Communications', label: 'Comcast' },
  { isp: 'Cox Communications', label: 'Cox Business' },
  { isp: 'Charter Communications', label: 'Spectrum' },
  { isp: 'AT&T Services', label: 'AT&T' },
  { isp: 'Verizon Business', label: 'Verizon' },
  { isp: 'CenturyLink', label: 'Lumen' },
  { isp: 'Frontier Communications', label: 'Frontier' },
  { isp: 'Windstream Communications', label: 'Windstream' },
];

export const WIRELESS_ISPS: readonly CatalogIsp[] = [
  { isp: 'Verizon Wireless', label: 'Verizon' },
  { isp: 'T-Mobile USA', label: 'T-Mobile' },
  { isp: 'AT&T Mobility', label: 'AT&T' },
];

/** Labels that make a link BYOB (HNOC-blacklisted). */
export const BYOB_LABEL_PREFIXES = ['BYOB', 'Customer Owned', 'Client Provided'] as const;

/** Business-grade link labels. */
export const BUSINESS_GRADE_LABELS = ['DIA', 'MPLS'] as const;

/** OUIs that make a link a DiGi link. */
export const DIGI_OUIS = ['00:04:2d', '00:27:04'] as const;

/** OUIs of ordinary WAN interfaces. */
export const PLAIN_OUIS = ['a4:91:b1', '3c:8a:b0', 'f8:0b:cb', '08:00:27'] as const;

export const WIRED_SPEEDS_MBPS = [50, 100, 200, 300, 500, 1000] as const;
export const WIRELESS_SPEEDS_MBPS = [25, 50, 100] as const;

export const EDGE_MODELS = [
  'edge510',
  'edge520',
  'edge540',
  'edge610',
  'edge620',
  'edge640',
  'edge840',
] as const;

export const SOFTWARE_VERSIONS = ['4.2.1', '4.5.0', '5.0.1'] as const;

/** Management statuses with weights; the last one is not monitorable. */
export const MANAGEMENT_STATUSES: readonly { value: string; weight: number }[] = [
  { value: 'Active – Gold Monitoring', weight: 0.7 },
  { value: 'Active – Platinum Monitoring', weight: 0.15 },
  { value: 'Pending', weight: 0.1 },
  { value: 'Inactive', weight: 0.05 },
];

export const BUSINESS_HOURS = [
  'MONDAY|8AM-8PM,TUESDAY|8AM-8PM,WEDNESDAY|8AM-8PM,THURSDAY|8AM-8PM,FRIDAY|8AM-8PM,SATURDAY|9AM-5PM,SUNDAY|NOT AVAILABLE',
  'MONDAY|9AM-5PM,TUESDAY|9AM-5PM,WEDNESDAY|9AM-5PM,THURSDAY|9AM-5PM,FRIDAY|9AM-5PM,SATURDAY|NOT AVAILABLE,SUNDAY|NOT AVAILABLE',
  'ALL DAYS|24 HOURS',
] as const;
