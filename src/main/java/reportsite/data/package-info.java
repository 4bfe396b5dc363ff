/**
 * The metrics file as a typed, validated {@link reportsite.data.Dataset}: entities, metrics,
 * periods, values with honest approximations, money and FX rates, sources, derived figures,
 * fact checks and chart declarations. One formatter ({@link reportsite.data.ValueFormatter})
 * turns every number of the site into text.
 */
package reportsite.data;
