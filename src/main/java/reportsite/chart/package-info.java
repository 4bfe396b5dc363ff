/**
 * Charts: a declaration plus the dataset become {@link reportsite.chart.ChartData} (series,
 * alt text, data table, CSV), then PNG images drawn with JFreeChart in a fixed theme and
 * font, so that the same data gives the same bytes on any machine.
 */
package reportsite.chart;
