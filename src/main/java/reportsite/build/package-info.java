/** The front door: runs the stages from content/ and templates/ to site/ in order. */
package reportsite.build;
