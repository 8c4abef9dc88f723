/* ta-figure.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-insights"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ta-figure.h"

struct _TaFigure
{
  GObject            parent_instance;

  char              *key;
  TaInsightsSection  section;
  TaFigureUnit       unit;
  char              *title;
  char              *definition;
  char              *computation;
  double             value;
  double             numerator;
  double             denominator;
  guint              n_people;
  double             target;
  char              *target_label;
  TaSubjectKind      subject_kind;
  GArray            *subjects;
};

G_DEFINE_FINAL_TYPE (TaFigure, ta_figure, G_TYPE_OBJECT)

static void
ta_figure_finalize (GObject *object)
{
  TaFigure *self = TA_FIGURE (object);

  g_free (self->key);
  g_free (self->title);
  g_free (self->definition);
  g_free (self->computation);
  g_free (self->target_label);
  g_array_unref (self->subjects);

  G_OBJECT_CLASS (ta_figure_parent_class)->finalize (object);
}

static void
ta_figure_class_init (TaFigureClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ta_figure_finalize;
}

static void
ta_figure_init (TaFigure *self)
{
  self->value = NAN;
  self->numerator = NAN;
  self->denominator = NAN;
  self->target = NAN;
  self->subjects = g_array_new (FALSE, FALSE, sizeof (gint64));
}

const char *
ta_insights_section_get_title (TaInsightsSection section)
{
  switch (section)
    {
    case TA_INSIGHTS_SECTION_PARTICIPATION: return _("Participation");
    case TA_INSIGHTS_SECTION_MATCHING: return _("Matching");
    case TA_INSIGHTS_SECTION_ACTIVATION: return _("Activation");
    case TA_INSIGHTS_SECTION_ENGAGEMENT: return _("Engagement");
    case TA_INSIGHTS_SECTION_SESSIONS: return _("Sessions");
    case TA_INSIGHTS_SECTION_FORMATS: return _("Formats Compared");
    case TA_INSIGHTS_SECTION_LEARNING: return _("Learning, Both Ways");
    case TA_INSIGHTS_SECTION_GOALS: return _("Goals");
    case TA_INSIGHTS_SECTION_RETENTION: return _("Retention of Pairs");
    case TA_INSIGHTS_SECTION_BOARD: return _("Research Board");
    case TA_INSIGHTS_SECTION_MOMENTUM: return _("Momentum");
    /* Translators: a section of Insights: what the pairs answered to the check-ins */
    case TA_INSIGHTS_SECTION_CHECK_INS: return _("Check-ins");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
ta_insights_section_get_description (TaInsightsSection section)
{
  switch (section)
    {
    case TA_INSIGHTS_SECTION_PARTICIPATION:
      return _("Who takes part at the end of the period, and who joined or left during it.");
    case TA_INSIGHTS_SECTION_MATCHING:
      return _("How many participants have a partner, and how long they waited for one.");
    case TA_INSIGHTS_SECTION_ACTIVATION:
      return _("Whether new pairs get going: a first session held within a month.");
    case TA_INSIGHTS_SECTION_ENGAGEMENT:
      return _("Whether pairs keep meeting.");
    case TA_INSIGHTS_SECTION_SESSIONS:
      return _("What happened to the sessions planned in the period.");
    case TA_INSIGHTS_SECTION_FORMATS:
      return _("One-on-ones, group discussions and lunch-and-learns side by side.");
    case TA_INSIGHTS_SECTION_LEARNING:
      return _("What each side learned and how each side rated the sessions.");
    case TA_INSIGHTS_SECTION_GOALS:
      return _("The goals of the pairs that ran during the period.");
    case TA_INSIGHTS_SECTION_RETENTION:
      return _("Pairs that completed and pairs that ended early, and why.");
    case TA_INSIGHTS_SECTION_BOARD:
      return _("Topics researched by the juniors and presented to colleagues.");
    case TA_INSIGHTS_SECTION_MOMENTUM:
      return _("Pairs that have lost their rhythm and need the facilitator.");
    case TA_INSIGHTS_SECTION_CHECK_INS:
      return _("What the pairs said in their check-ins: how it goes, whether they fit, and what changed.");
    default: g_return_val_if_reached (NULL);
    }
}

/**
 * ta_figure_new:
 * @key: the stable machine name
 * @section: where it belongs
 * @unit: how its value reads
 * @title: translated short name
 * @definition: translated general definition
 *
 * Returns: (transfer full): a figure without a value yet (NAN)
 */
TaFigure *
ta_figure_new (const char        *key,
               TaInsightsSection  section,
               TaFigureUnit       unit,
               const char        *title,
               const char        *definition)
{
  TaFigure *self = g_object_new (TA_TYPE_FIGURE, NULL);

  self->key = g_strdup (key);
  self->section = section;
  self->unit = unit;
  self->title = g_strdup (title);
  self->definition = g_strdup (definition);

  return self;
}

const char *
ta_figure_get_key (TaFigure *self)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), NULL);
  return self->key;
}

TaInsightsSection
ta_figure_get_section (TaFigure *self)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), 0);
  return self->section;
}

TaFigureUnit
ta_figure_get_unit (TaFigure *self)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), 0);
  return self->unit;
}

const char *
ta_figure_get_title (TaFigure *self)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), NULL);
  return self->title;
}

const char *
ta_figure_get_definition (TaFigure *self)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), NULL);
  return self->definition;
}

const char *
ta_figure_get_computation (TaFigure *self)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), NULL);
  return self->computation;
}

void
ta_figure_set_computation (TaFigure   *self,
                           const char *computation)
{
  g_return_if_fail (TA_IS_FIGURE (self));
  g_free (self->computation);
  self->computation = g_strdup (computation);
}

double
ta_figure_get_value (TaFigure *self)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), NAN);
  return self->value;
}

/* A plain count: the numerator is the value itself. */
void
ta_figure_set_value (TaFigure *self,
                     double    value)
{
  g_return_if_fail (TA_IS_FIGURE (self));
  self->value = value;
  self->numerator = value;
  self->denominator = NAN;
}

double
ta_figure_get_numerator (TaFigure *self)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), NAN);
  return self->numerator;
}

double
ta_figure_get_denominator (TaFigure *self)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), NAN);
  return self->denominator;
}

/* A share or an average: the value is @numerator ÷ @denominator, NAN
 * when there is nothing to divide by. */
void
ta_figure_set_ratio (TaFigure *self,
                     double    numerator,
                     double    denominator)
{
  g_return_if_fail (TA_IS_FIGURE (self));
  self->numerator = numerator;
  self->denominator = denominator;
  self->value = denominator > 0 ? numerator / denominator : NAN;
}

guint
ta_figure_get_n_people (TaFigure *self)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), 0);
  return self->n_people;
}

void
ta_figure_set_n_people (TaFigure *self,
                        guint     n_people)
{
  g_return_if_fail (TA_IS_FIGURE (self));
  self->n_people = n_people;
}

gboolean
ta_figure_is_small (TaFigure *self)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), FALSE);
  return self->n_people > 0 && self->n_people < TA_FIGURE_MIN_PEOPLE;
}

double
ta_figure_get_target (TaFigure *self)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), NAN);
  return self->target;
}

const char *
ta_figure_get_target_label (TaFigure *self)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), NULL);
  return self->target_label;
}

void
ta_figure_set_target (TaFigure   *self,
                      double      target,
                      const char *label)
{
  g_return_if_fail (TA_IS_FIGURE (self));
  self->target = target;
  g_free (self->target_label);
  self->target_label = g_strdup (label);
}

gboolean
ta_figure_meets_target (TaFigure *self)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), FALSE);
  return !isnan (self->target) && !isnan (self->value) && self->value >= self->target - 1e-9;
}

TaSubjectKind
ta_figure_get_subject_kind (TaFigure *self)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), TA_SUBJECT_NONE);
  return self->subject_kind;
}

/**
 * ta_figure_get_subjects:
 * @self: a #TaFigure
 * @out_n: (out): how many
 *
 * Returns: (transfer none) (array length=out_n): the ids behind the figure
 */
const gint64 *
ta_figure_get_subjects (TaFigure *self,
                        guint    *out_n)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), NULL);
  *out_n = self->subjects->len;
  return (const gint64 *) (gpointer) self->subjects->data;
}

void
ta_figure_set_subjects (TaFigure      *self,
                        TaSubjectKind  kind,
                        const gint64  *ids,
                        guint          n)
{
  g_return_if_fail (TA_IS_FIGURE (self));
  self->subject_kind = kind;
  g_array_set_size (self->subjects, 0);
  if (n > 0)
    g_array_append_vals (self->subjects, ids, n);
}

/**
 * ta_figure_format_number:
 * @unit: the unit of @value
 * @value: a value, NAN for none
 *
 * Returns: (transfer full): @value with its unit, in the locale's format
 */
char *
ta_figure_format_number (TaFigureUnit unit,
                         double       value)
{
  if (isnan (value) || isinf (value))
    /* Translators: a figure that cannot be computed (nothing to count). */
    return g_strdup (_("—"));

  switch (unit)
    {
    case TA_FIGURE_UNIT_COUNT:
      return g_strdup_printf ("%.0f", value);
    case TA_FIGURE_UNIT_SHARE:
      /* Translators: a percentage; French and German put a space
       * (U+202F or U+00A0) before the sign. */
      return g_strdup_printf (_("%.0f%%"), value * 100.0);
    case TA_FIGURE_UNIT_RATIO:
      /* Translators: a ratio of mentors to mentees, like "1.3 : 1". */
      return g_strdup_printf (_("%.1f : 1"), value);
    case TA_FIGURE_UNIT_DAYS:
      {
        int days = (int) lround (value);
        return g_strdup_printf (ngettext ("%d day", "%d days", days), days);
      }
    case TA_FIGURE_UNIT_HOURS:
      /* Translators: a number of hours with one decimal, "12.5 h". */
      return g_strdup_printf (_("%.1f h"), value);
    case TA_FIGURE_UNIT_RATING:
      /* Translators: an average rating out of five, "4.2 / 5". */
      return g_strdup_printf (_("%.1f / 5"), value);
    case TA_FIGURE_UNIT_PER_MONTH:
      /* Translators: an average per month, "1.4 a month". */
      return g_strdup_printf (_("%.1f a month"), value);
    case TA_FIGURE_UNIT_SCORE:
      /* Translators: a net promoter score from -100 to 100, with its sign: "+33" */
      return g_strdup_printf (_("%+.0f"), value);
    case TA_FIGURE_UNIT_CHANGE:
      /* Translators: a change in a 1-5 self-rating, with its sign: "+0.8" */
      return g_strdup_printf (_("%+.1f"), value);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * ta_figure_format_value:
 * @self: a #TaFigure
 * @for_outside: the text leaves the machine (a report, a file)
 *
 * Returns: (transfer full): the value with its unit; "fewer than 5" for
 *   a small figure shown outside
 */
char *
ta_figure_format_value (TaFigure *self,
                        gboolean  for_outside)
{
  g_return_val_if_fail (TA_IS_FIGURE (self), NULL);

  if (for_outside && ta_figure_is_small (self))
    /* Translators: instead of a figure based on so few people that they
     * could be recognised. */
    return g_strdup (_("fewer than 5"));

  return ta_figure_format_number (self->unit, self->value);
}
