/**
 * The sections of public/data/ATTRIBUTION.md about data other than the China map (the US state
 * policy adoptions and the US states' boundaries): the China build (write-outputs.ts) writes the
 * whole file, so these are part of what it writes.
 */
export const OTHER_ATTRIBUTIONS = `## US state policy adoptions (SPID) / 美国各州政策采纳数据

\`spid/spid_policies.csv\` and \`spid/spid_metadata.csv\`: SPID v1.0 (Boehmke, Brockway, Desmarais,
Harden, LaCombe, Linder & Wallach 2020, *Policy Studies Journal* 48(2); Harvard Dataverse
doi:10.7910/DVN/CVYSR7), the \`policies\` data set of the R package NetworkInference (MIT licence,
© 2017 Fridolin Linder), copied unchanged. Columns, provenance, citation and licence:
[spid/README.md](spid/README.md).

## US states / 美国各州

\`us-states.json\`: the 50 US states (and DC, drawn as background) from the npm package us-atlas 3.0.1
(ISC licence, © 2013–2019 Michael Bostock), which redistributes the US Census Bureau's cartographic
state boundaries, 2017 edition (a work of the US government, public domain), simplified and projected
to Albers USA. Names, codes, Census regions and contiguity: [docs/map-data.md](../../docs/map-data.md#us-states--美国各州).

\`us-states.json\`：美国 50 个州（哥伦比亚特区仅作背景）的边界，取自 npm 包 us-atlas 3.0.1（ISC 许可），其数据为美国人口普查局
2017 年版制图边界（美国政府作品，属公有领域）。
`;
