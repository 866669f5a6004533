package org.vetcpd.core;

/**
 * A kind of teacher knowledge an activity develops; the lenses seed 000 combines.
 *
 * <p>Bathmaker (2013) distinguishes workplace, generic and theoretical knowledge in vocational
 * education; Shulman (1986) adds pedagogical content knowledge and curricular knowledge; Hoekstra
 * et al. (2018) the knowledge of the wider organisation. An activity that integrates two or more
 * categories is what seed 000 calls integrating vocational and pedagogical knowledge.
 */
public enum KnowledgeCategory {
  /** Knowledge of current workplace practice in the trade (Bathmaker). */
  WORKPLACE_PRACTICE,
  /** Generic, transferable knowledge and skills (Bathmaker). */
  GENERIC_TRANSFERABLE,
  /** Theoretical knowledge of the subject (Bathmaker). */
  SUBJECT_THEORY,
  /** How to teach this particular content (Shulman's pedagogical content knowledge). */
  PEDAGOGICAL_CONTENT,
  /** Knowledge of the curriculum and its materials (Shulman). */
  CURRICULAR,
  /** Knowledge of the school as an organisation and its context (Hoekstra et al.). */
  WIDER_ORGANISATION
}
