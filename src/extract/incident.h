/* incident.h: extraction stage: incidents (see incident.c). */
#ifndef VG_INCIDENT_H
#define VG_INCIDENT_H
#include "extract/extract.h"

/* Fills doc->ex's incidents. Returns VIGIL_OK, VIGIL_ENOMEM or VIGIL_ELIMIT. */
int vg_incident_run(const vg_lex *lx, vg_doc *doc);

/* Whether the armed group mentioned at tokens [a, b) of doc is a victim's
 * ("strikes, which killed a senior Hamas official", "kills Hezbollah
 * commander", "killed three al-Shabaab fighters"): a role or member word
 * after it (before end), an act of harm just before it in its clause (not
 * before start, not "killed by"). Threats use it too. */
int vg_incident_victims_group(const vg_doc *doc, size_t start, size_t a, size_t b, size_t end);

/* Whether sentence s of doc (entities done) has a violent context: a
 * weapon, a casualty or violence word, an armed group, a perpetrator's
 * word. What an ambiguous trigger ("hijacked the narrative") needs. */
int vg_incident_violent(const vg_doc *doc, const vg_sent *s);

/* Whether doc (incidents done) is business, entertainment or sport
 * reporting with no security story in it: at least four words of that
 * register, and no armed group, no police, military or security organ,
 * no victim or toll. Its "incidents" and actorless "threats" are figures
 * of speech ("a box-office bomb", "a poison pill", "could hold cinemas
 * hostage"). */
int vg_incident_off_topic(const vg_doc *doc);

/* Whether doc (entities done) says its violence is not terrorism
 * ("neither incident is being treated as terror-related", "terrorism has
 * been ruled out") and names no armed group: a crime story, whose attacks
 * are not incidents of the threat picture (its arrests still are, and so
 * are attacks that killed or hurt people). */
int vg_incident_crime(const vg_doc *doc);

/* Whether sentence si of doc is taken back by the next one, a short
 * "That was incorrect.", "This report was false.": what it tells of
 * incidents and threats does not stand. */
int vg_incident_retracted(const vg_doc *doc, size_t si);

#endif
