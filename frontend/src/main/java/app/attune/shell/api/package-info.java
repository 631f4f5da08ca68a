/** How the API answers when something goes wrong before or outside its controllers: always problem+json. */
@org.jspecify.annotations.NullMarked
package app.attune.shell.api;
