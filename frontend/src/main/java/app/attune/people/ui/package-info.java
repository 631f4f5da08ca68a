/** The therapists' public profiles on screen: the cards on the clinic's landing page. */
@org.jspecify.annotations.NullMarked
package app.attune.people.ui;
