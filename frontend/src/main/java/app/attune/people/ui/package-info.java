/** The therapists' public profiles on screen: the cards on the clinic's landing page. */
package app.attune.people.ui;
