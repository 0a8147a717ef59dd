import { createRuntime } from './index';
import { writeBundle } from './helpers';

/** Scripts as the bundle would write them (classic script, the bundle's own realm). */
const BUNDLE = `
function sheet() { return SpreadsheetApp.getActive().getSheetByName('Data'); }
function insertColumnChart() {
  var s = sheet();
  var chart = s.newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(s.getRange('A1:A4'))
    .addRange(s.getRange('B1:C4'))
    .addRange(s.getRange('A1:A4'))
    .setPosition(6, 2, 5, 10)
    .setOption('title', 'Besøg')
    .setOption('isStacked', true)
    .setOption('colors', ['#fde6c8', '#d6f0d9'])
    .setOption('hAxis.title', 'Tilbud')
    .build();
  var before = chart.getChartId();
  s.insertChart(chart);
  return [before, chart.getChartId(), s.getCharts().length];
}
function describeCharts() {
  return sheet().getCharts().map(function (c) {
    var o = c.getOptions();
    var at = c.getContainerInfo();
    return {
      id: c.getChartId(),
      ranges: c.getRanges().map(function (r) { return r.getA1Notation(); }),
      title: o.get('title'),
      stacked: o.get('isStacked'),
      colors: o.get('colors'),
      colorsIsArray: Array.isArray(o.get('colors')),
      hAxisTitle: o.get('hAxis.title'),
      hAxis: o.get('hAxis'),
      unset: o.get('vAxis.title'),
      anchor: [at.getAnchorRow(), at.getAnchorColumn(), at.getOffsetX(), at.getOffsetY()],
    };
  });
}
function modifyWithoutSaving() {
  var s = sheet();
  s.getCharts()[0].modify().setOption('title', 'Ændret').removeRange(s.getRange('B1:C4')).build();
  return sheet().getCharts()[0].getOptions().get('title');
}
function modifyAndUpdate() {
  var s = sheet();
  var chart = s.getCharts()[0];
  var builder = chart.modify();
  var same = builder.getChartType() === Charts.ChartType.COLUMN;
  chart = builder.setOption('title', 'Ændret').removeRange(s.getRange('B1:C4')).setPosition(1, 8, 0, 0).build();
  s.updateChart(chart);
  return same;
}
function removeAll() {
  var s = sheet();
  s.getCharts().forEach(function (c) { s.removeChart(c); });
  return s.getCharts().length;
}
function updateNotInserted() {
  var s = sheet();
  s.updateChart(s.newChart().setChartType(Charts.ChartType.BAR).addRange(s.getRange('A1:B4')).build());
}
function removeTwice() {
  var s = sheet();
  var c = s.getCharts()[0];
  s.removeChart(c);
  s.removeChart(c);
}
function badType() { sheet().newChart().setChartType('PIZZA'); }
function badPosition() { sheet().newChart().setPosition('A', 1, 0, 0); }
function clearKeepsCharts() { var s = sheet(); s.clear(); return s.getCharts().length; }
function chartsInCustom() { return sheet().getCharts().length; }
function insertInCustom() {
  var s = sheet();
  s.insertChart(s.newChart().setChartType(Charts.ChartType.COLUMN).addRange(s.getRange('A1:B2')).build());
}
`;

function setup() {
  const rt = createRuntime();
  const data = rt.addSheet('Data');
  data.getRange('A1:C4').setValues([
    ['Tilbud', 'Skal inviteres', 'Gennemført'],
    ['80-årige', 3, 1],
    ['Efterladte', 1, 0],
    ['Særlig risiko', 0, 2],
  ]);
  const bc = rt.load(writeBundle(BUNDLE));
  return { rt, bc, data };
}

describe('embedded charts', () => {
  test('Charts.ChartType is an enum of Google chart types', () => {
    const { rt } = setup();
    const Charts = rt.globals.Charts as { ChartType: Record<string, string> };
    expect(Charts.ChartType.COLUMN).toBe('COLUMN');
    expect(Object.keys(Charts.ChartType)).toEqual(expect.arrayContaining(['BAR', 'LINE', 'PIE', 'AREA', 'TABLE']));
  });

  test('build() gives a chart with no id; insertChart puts it on the sheet with a stable id', () => {
    const { bc } = setup();
    const [before, after, count] = bc.run('insertColumnChart') as [number | null, number, number];
    expect(before).toBeNull();
    expect(typeof after).toBe('number');
    expect(count).toBe(1);
    expect((bc.run('describeCharts') as { id: number }[])[0].id).toBe(after);
  });

  test('ranges (a range added twice counts once), options by dotted path, position', () => {
    const { bc } = setup();
    bc.run('insertColumnChart');
    const [c] = bc.run('describeCharts') as Record<string, unknown>[];
    expect(c.ranges).toEqual(['A1:A4', 'B1:C4']);
    expect(c.title).toBe('Besøg');
    expect(c.stacked).toBe(true);
    expect(c.colors).toEqual(['#fde6c8', '#d6f0d9']);
    expect(c.colorsIsArray).toBe(true); // an array of the bundle's own realm
    expect(c.hAxisTitle).toBe('Tilbud');
    expect(c.hAxis).toEqual({ title: 'Tilbud' });
    expect(c.unset).toBeNull();
    expect(c.anchor).toEqual([6, 2, 5, 10]);
  });

  test('modify() changes nothing until updateChart; then the chart keeps its id', () => {
    const { bc } = setup();
    const [, id] = bc.run('insertColumnChart') as [null, number];
    expect(bc.run('modifyWithoutSaving')).toBe('Besøg');
    expect(bc.run('modifyAndUpdate')).toBe(true);
    const charts = bc.run('describeCharts') as Record<string, unknown>[];
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ id, title: 'Ændret', ranges: ['A1:A4'], stacked: true, anchor: [1, 8, 0, 0] });
  });

  test('inserting twice makes two charts with different ids; removeChart removes them', () => {
    const { bc } = setup();
    bc.run('insertColumnChart');
    bc.run('insertColumnChart');
    const ids = (bc.run('describeCharts') as { id: number }[]).map((c) => c.id);
    expect(new Set(ids).size).toBe(2);
    expect(bc.run('removeAll')).toBe(0);
  });

  test('updating a chart that is not on the sheet, or removing one twice, throws', () => {
    const { bc } = setup();
    expect(() => bc.run('updateNotInserted')).toThrow(/could not be found/);
    bc.run('insertColumnChart');
    expect(() => bc.run('removeTwice')).toThrow(/could not be found/);
  });

  test('wrong arguments are refused with Google-style signature errors', () => {
    const { bc } = setup();
    expect(() => bc.run('badType')).toThrow(/don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType/);
    expect(() => bc.run('badPosition')).toThrow(/EmbeddedChartBuilder.setPosition/);
  });

  test('Sheet.clear() keeps the charts', () => {
    const { bc } = setup();
    bc.run('insertColumnChart');
    expect(bc.run('clearKeepsCharts')).toBe(1);
  });

  test('the sheet calls are counted; the builder is not', () => {
    const { rt, bc } = setup();
    rt.calls.reset();
    bc.run('insertColumnChart');
    expect(rt.calls.count('Sheet.insertChart')).toBe(1);
    expect(rt.calls.count('Sheet.getCharts')).toBe(1);
    expect(rt.calls.count('EmbeddedChart.getChartId')).toBe(2);
    expect(rt.calls.sequence.filter((n) => n.startsWith('EmbeddedChartBuilder.'))).toEqual([]);
  });

  test('a custom function may read charts but not insert one', () => {
    const { bc } = setup();
    bc.run('insertColumnChart');
    expect(bc.callCustomFunction('chartsInCustom')).toBe(1);
    expect(() => bc.callCustomFunction('insertInCustom')).toThrow(/You do not have permission to call Sheet.insertChart/);
  });

  test('test-side reads are free and see what the bundle inserted', () => {
    const { rt, bc, data } = setup();
    bc.run('insertColumnChart');
    rt.calls.reset();
    const [chart] = data.getCharts();
    expect(chart.getOptions().get('title')).toBe('Besøg');
    expect(chart.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:A4', 'B1:C4']);
    expect(rt.calls.total()).toBe(0);
  });
});
