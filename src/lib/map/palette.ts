/** The basemap palette: pale land, quiet sea, Afghanistan and Pakistan a shade stronger. */
export const PALETTE = {
	sea: '#dce8ee',
	land: '#f4f2ec',
	neighbour: '#eeebe2',
	focus: '#e4ddcb',
	boundary: '#a3a09a',
	coast: '#9db4c0',
	countryLabel: '#8a8477',
	focusLabel: '#5f5a4f',
	placeLabel: '#2b2b2b',
	halo: '#fbfaf7',
	border: '#1f1d1a'
};
