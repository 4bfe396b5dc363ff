/** The build's settings, read once into an immutable record and checked up front. */
package reportsite.config;
