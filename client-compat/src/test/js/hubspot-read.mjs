// The official client reads contacts, companies and deals: basicApi.getPage to the end (with the primary company),
// getById, searchApi.doSearch with a filter, paged with `after`, properties coreApi.getAll, and v4 associations.
import { client } from './lib/hubspot.mjs';
import { run } from './lib/run.mjs';

const TYPES = { contacts: 'customer_tier', companies: 'customer_segment', deals: 'customer_priority' };

async function readAll(api, properties) {
  const ids = [];
  let after;
  let pages = 0;
  let first;
  do {
    const page = await api.basicApi.getPage(100, after, properties, undefined, ['companies']);
    pages += 1;
    first ??= page.results[0];
    page.results.forEach((record) => ids.push(record.id));
    after = page.paging?.next?.after;
  } while (after);
  return { pages, fetched: ids.length, distinct: new Set(ids).size, first };
}

async function searchAll(api, property, value) {
  const ids = [];
  let after;
  let total;
  do {
    const request = {
      filterGroups: [{ filters: [{ propertyName: property, operator: 'EQ', value }] }],
      properties: [property],
      sorts: ['hs_object_id'],
      limit: 200,
      after,
    };
    const page = await api.searchApi.doSearch(request);
    total = page.total;
    page.results.forEach((record) => ids.push({ id: record.id, value: record.properties[property] }));
    after = page.paging?.next?.after;
  } while (after);
  return { total, fetched: ids.length, values: [...new Set(ids.map((r) => r.value))] };
}

run(async () => {
  const hubspot = client();
  const result = {};
  for (const [type, custom] of Object.entries(TYPES)) {
    const api = hubspot.crm[type];
    const all = await readAll(api, [custom]);
    const one = await api.basicApi.getById(all.first.id, [custom], undefined, ['companies']);
    const properties = await hubspot.crm.properties.coreApi.getAll(type);
    const customProperty = properties.results.find((p) => p.name === custom);
    const searched = await searchAll(api, custom, customProperty.options[0].value);
    result[type] = {
      pages: all.pages,
      fetched: all.fetched,
      distinct: all.distinct,
      firstCompanies: all.first.associations?.companies?.results?.map((a) => a.type) ?? [],
      byId: { id: one.id, custom: one.properties[custom] ?? null, createdAt: one.createdAt.toISOString() },
      properties: properties.results.length,
      custom: { name: customProperty.name, type: customProperty.type, hubspotDefined: customProperty.hubspotDefined ?? null },
      searched,
    };
  }
  const contact = (await hubspot.crm.contacts.basicApi.getPage(1)).results[0];
  const links = await hubspot.crm.associations.v4.basicApi.getPage('contacts', contact.id, 'companies');
  result.associations = links.results.map((link) => ({
    toObjectId: String(link.toObjectId),
    typeIds: link.associationTypes.map((t) => t.typeId).sort((a, b) => a - b),
  }));
  return result;
});
