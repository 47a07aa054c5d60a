import { CSV_TABLES, LAYER_FILE_DESCRIPTIONS } from '$lib/server/downloads';
import { geodata } from '$lib/server/geodata-cache';
import { LAYERS, layerDataPath } from '$lib/layers/registry';
import { t } from '$lib/i18n';
import { mapPageData } from '$lib/server/map-page-data';

export const load = () => ({
	asOf: geodata().asOf!,
	staleSince: mapPageData().staleSince,
	tables: CSV_TABLES.map(({ name, title, description }) => ({
		href: `/data/${name}.csv`,
		title,
		description
	})),
	layers: LAYERS.map((layer) => ({
		href: layerDataPath(layer.id),
		title: t('en', `layers.${layer.id}.title`),
		description: LAYER_FILE_DESCRIPTIONS[layer.id] ?? t('en', `layers.${layer.id}.description`)
	}))
});
