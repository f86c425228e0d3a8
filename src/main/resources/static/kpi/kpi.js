// The KPI dashboard: reads /api/kpis (docs/kpis.md) with the Camunda webapp session; signs in and out
// through the webapp's own login, whose CSRF protection wants the XSRF-TOKEN echoed in a header.
'use strict';

const AUTH = '/camunda/api/admin/auth/user/default';
const BEIJING = 'Asia/Shanghai';
// availability counts seconds of agreed and available service time, shown as hours
const COUNTED_IN_SECONDS = new Set(['availability']);

const state = {period: null, kpi: null, service: null};
let chart = null;

const $ = (id) => document.getElementById(id);

class ApiFailure extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET of the suite's API; the header keeps the browser from prompting for a password on 401. */
async function api(path) {
  const response = await fetch(path, {
    credentials: 'same-origin',
    headers: {'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'}
  });
  if (response.ok) {
    return response.json();
  }
  throw new ApiFailure(response.status, await errorMessage(response));
}

async function errorMessage(response) {
  try {
    const body = await response.json();
    const fields = (body.errors || []).map((error) => error.message).filter(Boolean);
    return [body.message].concat(fields).filter(Boolean).join('：') || `请求失败（${response.status}）`;
  } catch (e) {
    return response.status === 401 ? '请先登录' : `请求失败（${response.status}）`;
  }
}

// ---- sign-in -------------------------------------------------------------------------------------

/** The signed-in webapp user's id, or null; the GET also hands out the CSRF token the webapp wants. */
async function webappUser() {
  const response = await fetch(AUTH, {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
  const token = response.headers.get('X-XSRF-TOKEN') || cookie('XSRF-TOKEN');
  const user = response.ok ? (await response.json()).userId : null;
  return {user, token};
}

function cookie(name) {
  const found = document.cookie.split('; ').find((entry) => entry.startsWith(name + '='));
  return found ? decodeURIComponent(found.substring(name.length + 1)) : null;
}

async function webappPost(path, body) {
  const {token} = await webappUser();
  return fetch(AUTH + path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {'X-XSRF-TOKEN': token || '', 'Content-Type': 'application/x-www-form-urlencoded'},
    body: body
  });
}

async function login(event) {
  event.preventDefault();
  const form = event.target;
  const response = await webappPost('/login/welcome',
      new URLSearchParams({username: form.username.value, password: form.password.value}));
  if (response.ok) {
    form.password.value = '';
    form.hidden = true;
    showMessage(null);
    await start();
  } else {
    const refused = response.status === 401 || response.status === 403;
    showMessage(refused ? '用户名或密码错误' : `登录失败（${response.status}）`);
  }
}

async function logout(event) {
  event.preventDefault();
  await webappPost('/logout', '');
  showMessage(null);
  showLogin();
}

function showLogin() {
  $('account').hidden = true;
  $('dashboard').hidden = true;
  $('login').hidden = false;
  $('login').username.focus();
}

function showMessage(text) {
  $('message').textContent = text || '';
  $('message').hidden = !text;
}

/** Every failure of the API: a 401 asks to sign in, everything else shows the API's Chinese message. */
function failed(error) {
  if (error instanceof ApiFailure && error.status === 401) {
    showLogin();
  } else {
    showMessage(error.message);
  }
}

// ---- periods -------------------------------------------------------------------------------------

function beijingToday() {
  const parts = new Intl.DateTimeFormat('en-US', {timeZone: BEIJING, year: 'numeric', month: 'numeric'})
      .formatToParts(new Date());
  const part = (type) => Number(parts.find((p) => p.type === type).value);
  return {year: part('year'), month: part('month')};
}

function setUpPeriodPicker() {
  const today = beijingToday();
  for (let year = today.year; year >= today.year - 5; year--) {
    $('period-year').append(new Option(`${year} 年`, year));
  }
  $('period-type').value = 'QUARTER';
  fillPeriodParts(Math.ceil(today.month / 3));
  $('period-type').addEventListener('change', () => {
    fillPeriodParts(1);
    periodChanged();
  });
  $('period-year').addEventListener('change', periodChanged);
  $('period-part').addEventListener('change', periodChanged);
  state.period = chosenPeriod();
}

function fillPeriodParts(selected) {
  const type = $('period-type').value;
  const select = $('period-part');
  select.replaceChildren();
  select.hidden = type === 'YEAR';
  const count = type === 'MONTH' ? 12 : 4;
  for (let part = 1; part <= count; part++) {
    select.append(new Option(type === 'MONTH' ? `${part} 月` : `第 ${part} 季度`, part));
  }
  select.value = String(selected);
}

/** The API's period: 2026-11, 2026-Q4 or 2026. */
function chosenPeriod() {
  const year = $('period-year').value;
  const part = $('period-part').value;
  switch ($('period-type').value) {
    case 'MONTH': return `${year}-${part.padStart(2, '0')}`;
    case 'QUARTER': return `${year}-Q${part}`;
    default: return year;
  }
}

function periodChanged() {
  state.period = chosenPeriod();
  loadReport().catch(failed);
}

// ---- formatting ----------------------------------------------------------------------------------

const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: BEIJING, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  hour12: false
});

function formatFact(value) {
  if (value === null || value === undefined) {
    return '—';
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    return dateTime.format(new Date(value));
  }
  if (typeof value === 'boolean') {
    return value ? '是' : '否';
  }
  return String(value);
}

function formatValue(kpi) {
  if (kpi.value === null || kpi.value === undefined) {
    return '—';
  }
  return kpi.unit === '%' ? `${Number(kpi.value).toFixed(1)}%` : `${kpi.value} ${kpi.unit}`;
}

function formatTarget(kpi) {
  const target = kpi.unit === '%' ? `${Number(kpi.target).toFixed(1)}%` : `${kpi.target} ${kpi.unit}`;
  return `${kpi.comparison} ${target}`;
}

function formatAmount(kpi, amount) {
  return COUNTED_IN_SECONDS.has(kpi) ? `${(amount / 3600).toFixed(1)} 小时` : String(amount);
}

/** 达标 / 未达标; without a status a rate had no records, a count is judged over a longer period. */
function statusCell(status, kpi) {
  const cell = document.createElement('span');
  const look = status === '达标' ? 'status-met' : status === '未达标' ? 'status-missed' : 'status-none';
  cell.className = 'status ' + look;
  cell.textContent = status || (kpi.measure === 'COUNT' && kpi.counted > 0 ? `按${kpi.judgedBy}评判` : '无数据');
  return cell;
}

function row(cells) {
  const tr = document.createElement('tr');
  for (const content of cells) {
    const td = document.createElement('td');
    if (content instanceof Node) {
      td.append(content);
    } else {
      td.textContent = content;
    }
    tr.append(td);
  }
  return tr;
}

function headerRow(labels) {
  const tr = document.createElement('tr');
  for (const label of labels) {
    const th = document.createElement('th');
    th.textContent = label;
    tr.append(th);
  }
  return tr;
}

// ---- the report ----------------------------------------------------------------------------------

async function start() {
  const {user} = await webappUser();
  const report = await api(`/api/kpis?period=${encodeURIComponent(state.period)}`).catch((error) => {
    failed(error);
    return null;
  });
  if (user) {
    $('user-id').textContent = user;
    $('account').hidden = false;
  }
  if (report) {
    $('dashboard').hidden = false;
    showReport(report);
  }
}

async function loadReport() {
  showMessage(null);
  showReport(await api(`/api/kpis?period=${encodeURIComponent(state.period)}`));
}

function showReport(report) {
  const query = `?period=${encodeURIComponent(report.period)}`;
  $('export-xlsx').href = `/api/kpis/export.xlsx${query}`;
  $('export-csv').href = `/api/kpis/export.csv${query}`;
  const from = dateTime.format(new Date(report.from));
  const to = dateTime.format(new Date(report.to));
  $('period-range').textContent = `${from} 至 ${to}（北京时间，不含结束时刻）`;
  const body = $('kpis').tBodies[0];
  body.replaceChildren();
  for (const kpi of report.kpis) {
    const tr = row([kpi.name, formatTarget(kpi), formatValue(kpi), formatAmount(kpi.kpi, kpi.counted),
      kpi.measure === 'COUNT' ? '—' : formatAmount(kpi.kpi, kpi.met), statusCell(kpi.status, kpi),
      kpi.judgedBy]);
    tr.dataset.kpi = kpi.kpi;
    tr.classList.toggle('selected', kpi.kpi === state.kpi);
    tr.addEventListener('click', () => select(kpi.kpi));
    body.append(tr);
  }
  if (state.kpi) {
    loadDetail().catch(failed);
  }
}

function select(kpi) {
  state.kpi = kpi;
  state.service = null;
  for (const tr of $('kpis').tBodies[0].rows) {
    tr.classList.toggle('selected', tr.dataset.kpi === kpi);
  }
  loadDetail().catch(failed);
}

async function loadDetail() {
  showMessage(null);
  const detail = await api(`/api/kpis/${encodeURIComponent(state.kpi)}?period=${encodeURIComponent(state.period)}`);
  $('detail').hidden = false;
  $('detail-title').textContent = `${detail.value.name}（${detail.value.period}）`;
  showTrend(detail.trend);
  showParts(detail.value);
  await loadRecords(detail.value.measure === 'COUNT');
}

function showTrend(trend) {
  if (typeof echarts === 'undefined') {
    $('trend').textContent = '趋势图组件未能加载';
    return;
  }
  chart = chart || echarts.init($('trend'));
  const unit = trend[trend.length - 1].unit;
  chart.setOption({
    tooltip: {trigger: 'axis'},
    legend: {data: ['数值', '目标']},
    xAxis: {type: 'category', data: trend.map((value) => value.period)},
    yAxis: {type: 'value', name: unit, scale: true},
    series: [
      {name: '数值', type: unit === '%' ? 'line' : 'bar', data: trend.map((value) => value.value)},
      {name: '目标', type: 'line', step: 'middle', lineStyle: {type: 'dashed'}, symbol: 'none',
        data: trend.map((value) => value.target)}
    ]
  }, true);
}

/** The value per service and per customer; a service's row narrows the records to it. */
function showParts(value) {
  const container = $('parts');
  container.replaceChildren();
  for (const [title, parts, narrows] of [['各服务', value.services, true], ['各客户', value.customers, false]]) {
    if (!parts || parts.length === 0) {
      continue;
    }
    const heading = document.createElement('h3');
    heading.textContent = title;
    const table = document.createElement('table');
    table.className = 'data';
    table.createTHead().append(headerRow([title.substring(1), '数值', '计数', '达标', '状态', '']));
    const body = table.createTBody();
    for (const part of parts) {
      const partValue = Object.assign({}, value, part);
      body.append(row([part.name || part.id || '（无服务）', formatValue(partValue),
        formatAmount(value.kpi, part.counted), value.measure === 'COUNT' ? '—' : formatAmount(value.kpi, part.met),
        statusCell(part.status, partValue), narrows && part.id ? recordsLink(part.id) : '']));
    }
    container.append(heading, table);
  }
}

function recordsLink(serviceId) {
  const link = document.createElement('a');
  link.href = '#records-title';
  link.textContent = state.service === serviceId ? '显示全部记录' : '只看此服务的记录';
  link.addEventListener('click', () => {
    state.service = state.service === serviceId ? null : serviceId;
    loadDetail().catch(failed);
  });
  return link;
}

/** A count KPI's records are the ones it counted; a rate's met or missed its rule. */
async function loadRecords(isCount) {
  const service = state.service ? `&service=${encodeURIComponent(state.service)}` : '';
  const result = await api(`/api/kpis/${encodeURIComponent(state.kpi)}/records`
      + `?period=${encodeURIComponent(state.period)}${service}`);
  const narrowed = state.service ? `，服务 ${state.service}` : '';
  $('records-title').textContent = `统计的记录（${result.records.length} 条${narrowed}）`;
  const table = $('records');
  const labels = result.columns.map((column) => column.label);
  table.tHead.replaceChildren(headerRow(['业务编号', '服务'].concat(labels, ['结果'])));
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const record of result.records) {
    const facts = result.columns.map((column) => formatFact(record.facts[column.key]));
    body.append(row([record.businessKey, record.serviceId || '—'].concat(facts,
        [isCount ? '计入' : (record.met ? '达标' : '未达标')])));
  }
}

document.addEventListener('DOMContentLoaded', () => {
  setUpPeriodPicker();
  $('login').addEventListener('submit', (event) => login(event).catch(failed));
  $('logout').addEventListener('click', (event) => logout(event).catch(failed));
  start().catch(failed);
});
