/* offload-report.c
 *
 * Paginating builds a flat list of blocks (a paragraph, a label and its
 * value, a chart) from the sections below, in order, then places them on
 * pages: a paragraph may break between two of its lines, anything else
 * moves whole to the next page, and a heading stays with what follows it.
 * Each section is one function in `sections[]`, so a new one is one more
 * function and one more line there.
 *
 * Text is set with pango_layout_set_text(), never as markup: a document's
 * title is the owner's text, and no character of it can change the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "offload-chart-text.h"
#include "offload-cost-chart.h"
#include "offload-error.h"
#include "offload-export-file.h"
#include "offload-format.h"
#include "offload-readiness-gauge.h"
#include "offload-year-chart.h"
#include "offload-action-plan.h"
#include "offload-delegation-brief.h"
#include "offload-report.h"

/* Sizes in points (cairo units at 72 dpi). */
#define BODY_SIZE        10.0
#define TITLE_SCALE       2.0
#define NAME_SCALE        1.4
#define HEADING_SCALE     1.3
#define SUBHEADING_SCALE  1.1
#define VERDICT_SCALE     1.5
#define SMALL_SCALE       0.85
#define HEADLINE_SCALE    1.2
#define BULLET_INDENT    16.0
/* The summary box: its padding, inside its border, on every side. */
#define BOX_PAD           (BODY_SIZE * 0.9)
/* How many of the decision's reasons the summary quotes. */
#define SUMMARY_REASONS   3

typedef enum
{
  BLOCK_TEXT,
  BLOCK_ROW,
  BLOCK_GAUGE,
  BLOCK_COST_CHART,
  BLOCK_YEAR_CHART,
  BLOCK_RULE,
} BlockKind;

typedef enum
{
  TONE_NORMAL,
  TONE_MUTED,
  TONE_WARNING,
} Tone;

typedef struct
{
  BlockKind    kind;
  Tone         tone;
  PangoLayout *layout;          /* TEXT: the text; ROW: the label */
  PangoLayout *value;           /* ROW: the value, right-aligned */
  PangoLayout *bullet;          /* TEXT: drawn left of the first line */
  double       x;
  double       inset;           /* from the page's left edge to the block's */
  double       width;           /* the block's own width */
  gboolean     boxed;           /* inside the summary box */
  double       space_before;
  gboolean     keep_with_next;  /* a heading */
  double       height;
  GArray      *line_tops;       /* TEXT: each line's top, then the last one's bottom (double) */
} Block;

typedef struct
{
  guint  block;
  guint  first_line;   /* TEXT only */
  guint  n_lines;
  double y;
  double scale;        /* a chart taller than a page is shrunk to fit */
} Placement;

struct _OffloadReport
{
  GObject             parent_instance;

  OffloadAssessment  *assessment;
  char               *document_name;
  GDateTime          *date;
  OffloadReportFlags  flags;

  /* From the last pagination */
  PangoContext       *context;
  PangoFontDescription *font;
  OffloadChartStyle   style;
  OffloadChartSeries *series;
  double              width;
  double              height;
  double              content_height;
  GPtrArray          *blocks;      /* Block */
  GArray             *placements;  /* Placement, page by page */
  GArray             *page_starts; /* guint: each page's first placement */
};

G_DEFINE_FINAL_TYPE (OffloadReport, offload_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_DOCUMENT_NAME,
  PROP_DATE,
  PROP_FLAGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- blocks ------------------------------------------------------------- */

static void
block_free (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->layout);
  g_clear_object (&block->value);
  g_clear_object (&block->bullet);
  g_clear_pointer (&block->line_tops, g_array_unref);
  g_free (block);
}

/* What the sections build blocks with. */
typedef struct
{
  OffloadReport *report;
  PangoContext  *context;
  double         width;   /* for the blocks being built: narrower in the box */
  double         inset;
  gboolean       boxed;
} Builder;

static Block *
new_block (Builder   *b,
           BlockKind  kind)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->inset = b->inset;
  block->width = b->width;
  block->boxed = b->boxed;
  return block;
}

/* The blocks built until end_box() go inside the summary box: narrower by
 * its padding, and paginated so that the padding fits on every page the
 * box spans. */
static void
begin_box (Builder *b)
{
  b->boxed = TRUE;
  b->inset = BOX_PAD;
  b->width -= 2 * BOX_PAD;
}

static void
end_box (Builder *b)
{
  b->boxed = FALSE;
  b->inset = 0.0;
  b->width += 2 * BOX_PAD;
}

static PangoLayout *
make_layout (Builder    *b,
             const char *text,
             double      scale,
             gboolean    bold,
             double      width)
{
  return offload_chart_text_layout (b->context, &b->report->style, text, scale, bold, width);
}

static void
measure_lines (Block *block)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
  double bottom = 0.0;

  block->line_tops = g_array_new (FALSE, FALSE, sizeof (double));
  do
    {
      int y0, y1;
      double top;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = (double) y0 / PANGO_SCALE;
      g_array_append_val (block->line_tops, top);
      bottom = (double) y1 / PANGO_SCALE;
    }
  while (pango_layout_iter_next_line (iter));
  g_array_append_val (block->line_tops, bottom);
  pango_layout_iter_free (iter);
  block->height = bottom;
}

static Block *
add_text_full (Builder    *b,
               const char *text,
               double      scale,
               gboolean    bold,
               Tone        tone,
               double      space_before,
               const char *bullet)
{
  Block *block = new_block (b, BLOCK_TEXT);

  block->tone = tone;
  block->space_before = space_before;
  block->x = bullet ? BULLET_INDENT : 0.0;
  block->layout = make_layout (b, text, scale, bold, b->width - block->x);
  if (bullet)
    block->bullet = make_layout (b, bullet, scale, bold, -1);
  measure_lines (block);
  g_ptr_array_add (b->report->blocks, block);
  return block;
}

static void
add_heading (Builder    *b,
             const char *text)
{
  add_text_full (b, text, HEADING_SCALE, TRUE, TONE_NORMAL, BODY_SIZE * 1.6, NULL)->keep_with_next = TRUE;
}

static void
add_subheading (Builder    *b,
                const char *text)
{
  add_text_full (b, text, SUBHEADING_SCALE, TRUE, TONE_NORMAL, BODY_SIZE * 0.9, NULL)->keep_with_next = TRUE;
}

static void
add_paragraph (Builder    *b,
               const char *text)
{
  add_text_full (b, text, 1.0, FALSE, TONE_NORMAL, BODY_SIZE * 0.4, NULL);
}

static void
add_note (Builder    *b,
          const char *text)
{
  add_text_full (b, text, SMALL_SCALE, FALSE, TONE_MUTED, BODY_SIZE * 0.2, NULL);
}

static void
add_bullet (Builder    *b,
            const char *bullet,
            const char *text)
{
  add_text_full (b, text, 1.0, FALSE, TONE_NORMAL, BODY_SIZE * 0.25, bullet);
}

/* A label on the left, its value on the right. Both keep one line when
 * they fit side by side; otherwise a long value takes up to a little over
 * half the width and the label wraps in what is left. */
static Block *
add_row (Builder    *b,
         const char *label,
         const char *value)
{
  Block *block = new_block (b, BLOCK_ROW);
  double gap = BODY_SIZE * 1.5;
  double label_width, value_width, label_height, value_height;

  block->space_before = BODY_SIZE * 0.3;
  block->layout = make_layout (b, label, 1.0, FALSE, -1);
  block->value = make_layout (b, value, 1.0, TRUE, -1);
  offload_chart_text_size (block->layout, &label_width, NULL);
  offload_chart_text_size (block->value, &value_width, NULL);
  if (label_width + gap + value_width > b->width)
    value_width = MIN (value_width, b->width * 0.55);
  /* The value's column, from its left edge to the right margin: as wide as
   * its layout (rounded up below), so that right-aligned text ends at the
   * margin, not past it. */
  block->x = b->width - ceil (value_width);

  pango_layout_set_width (block->layout, (int) ((block->x - gap) * PANGO_SCALE));
  pango_layout_set_wrap (block->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (block->value, (int) (ceil (value_width) * PANGO_SCALE));
  pango_layout_set_wrap (block->value, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (block->value, PANGO_ALIGN_RIGHT);
  offload_chart_text_size (block->layout, NULL, &label_height);
  offload_chart_text_size (block->value, NULL, &value_height);
  block->height = MAX (label_height, value_height);
  g_ptr_array_add (b->report->blocks, block);
  return block;
}

static void
add_rule (Builder *b)
{
  Block *block = new_block (b, BLOCK_RULE);

  block->space_before = BODY_SIZE * 0.8;
  block->height = 1.0;
  g_ptr_array_add (b->report->blocks, block);
}

static Block *
add_chart (Builder   *b,
           BlockKind  kind)
{
  OffloadReport *self = b->report;
  Block *block = new_block (b, kind);

  block->space_before = BODY_SIZE;
  if (kind == BLOCK_GAUGE)
    block->height = offload_readiness_gauge_get_height (b->context, &self->style, self->assessment, b->width);
  else if (kind == BLOCK_YEAR_CHART)
    block->height = offload_year_chart_get_height (b->context, &self->style, b->width);
  else
    block->height = offload_cost_chart_get_height (b->context, &self->style, self->series, b->width);
  g_ptr_array_add (self->blocks, block);
  return block;
}

/* ---- formatting --------------------------------------------------------- */

static gboolean
no_amounts (OffloadReport *self)
{
  return (self->flags & OFFLOAD_REPORT_NO_AMOUNTS) != 0;
}

/* Up to two decimals, as many as the value has: "5", "4.25", "4.5". */
static char *
format_figure (double value)
{
  guint decimals = 2;

  if (fabs (value - round (value)) < 0.005)
    decimals = 0;
  else if (fabs (value * 10 - round (value * 10)) < 0.05)
    decimals = 1;
  return offload_format_number (value, decimals);
}

static char *
format_percent (double share)
{
  g_autofree char *number = format_figure (share * 100.0);

  /* Translators: a percentage; French puts a narrow no-break space (U+202F) before "%" */
  return g_strdup_printf (_("%s%%"), number);
}

static char *
format_money (OffloadReport *self,
              double         value)
{
  return offload_format_money (value, offload_assessment_get_currency (self->assessment));
}

static char *
format_rate (OffloadReport *self,
             double         value)
{
  return offload_format_rate (value, offload_assessment_get_currency (self->assessment));
}

/* ---- sections ----------------------------------------------------------- */

static void
add_title_section (OffloadReport *self,
                   Builder       *b)
{
  /* Translators: the date under the report's title (see g_date_time_format()); keep the order of your language */
  g_autofree char *date = g_date_time_format (self->date, C_("report date", "%-d %B %Y"));
  g_autofree char *name = offload_format_printable (self->document_name, 0);

  add_text_full (b, _("Outsourcing self-assessment"), TITLE_SCALE, TRUE, TONE_NORMAL, 0, NULL);
  add_text_full (b, date ? date : "", 1.0, FALSE, TONE_MUTED, BODY_SIZE * 0.3, NULL);
  add_text_full (b, name, NAME_SCALE, TRUE, TONE_NORMAL, BODY_SIZE * 0.6, NULL);
  if (no_amounts (self))
    add_note (b, _("Shared without amounts: this report shows hours and percentages, no money."));
  add_rule (b);
}

/* ---- the decision ------------------------------------------------------- */

static OffloadDecision *
decision (OffloadReport *self)
{
  return offload_assessment_get_decision (self->assessment);
}

/* The inputs the report shows a warning beside; a warning about any other
 * goes at the end of the inputs, so that none is ever left out. */
static const char * const warned_inputs[] = {
  OFFLOAD_INPUT_HOURS_PER_DAY,
  OFFLOAD_INPUT_WORKING_HOURS_PER_DAY,
  OFFLOAD_INPUT_HOURLY_VALUE,
  OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY,
  OFFLOAD_INPUT_DELEGATED_SHARE,
  OFFLOAD_INPUT_REINVESTED_SHARE,
  NULL
};

/* The warnings about @input (or, with NULL, about an input not in
 * warned_inputs), right under its figure. No message holds an amount, so
 * they show without amounts too. */
static void
add_input_warnings (OffloadReport *self,
                    Builder       *b,
                    const char    *input)
{
  OffloadDecision *d = decision (self);

  for (guint i = 0; i < offload_decision_get_n_warnings (d); i++)
    {
      OffloadWarning warning = offload_decision_get_warning (d, i);
      const char *about = offload_warning_get_input (warning);
      g_autofree char *message = NULL;

      if (input != NULL ? g_strcmp0 (about, input) != 0
                        : about != NULL && g_strv_contains (warned_inputs, about))
        continue;
      message = offload_decision_dup_warning_message (d, warning);
      add_text_full (b, message, 1.0, FALSE, TONE_WARNING, BODY_SIZE * 0.25, "⚠");
    }
}

/* Whether handing over pays, in words and without an amount. */
static char *
dup_pays_text (OffloadReport *self)
{
  OffloadDecision *d = decision (self);
  const OffloadComparisonResults *r = offload_scenario_get_results (offload_assessment_get_active_scenario (self->assessment));

  if (offload_decision_get_delegation_pays (d))
    /* Translators: handing over pays, with this option ("Freelance assistant") */
    return g_strdup_printf (_("Yes: %s"), offload_option_get_title (offload_decision_get_best_option (d)));
  if (r->hours_freed_month <= 0)
    return g_strdup (_("No: you hand no hours over"));
  return g_strdup (_("No: at these figures it costs more than it brings back"));
}

/* Right under the answer: it rests on figures that cannot be right. */
static void
add_warnings_notice (OffloadReport *self,
                     Builder       *b)
{
  if (offload_decision_get_n_warnings (decision (self)) > 0)
    add_text_full (b, _("Some of your figures look wrong: see the warnings marked ⚠ below."),
                   1.0, TRUE, TONE_WARNING, BODY_SIZE * 0.4, "⚠");
}

/* The answer first, in a box: what to do, why in a few words, and what
 * doing nothing costs; without amounts, the verdict and the hours. */
static void
add_summary_section (OffloadReport *self,
                     Builder       *b)
{
  OffloadDecision *d = decision (self);
  OffloadAssessment *a = self->assessment;
  OffloadBand *band = offload_decision_get_band (d);
  const OffloadComparisonResults *r = offload_scenario_get_results (offload_assessment_get_active_scenario (a));
  Tone tone = band->counter ? TONE_WARNING : TONE_NORMAL;
  Block *verdict;

  begin_box (b);
  add_text_full (b, _("In short"), SMALL_SCALE, TRUE, TONE_MUTED, BODY_SIZE * 0.8, NULL)->keep_with_next = TRUE;

  if (no_amounts (self))
    {
      g_autofree char *total = offload_format_hours (offload_assessment_get_total_hours (a));
      g_autofree char *working = offload_format_hours (offload_assessment_get_working_hours_month (a));
      /* Translators: hours lost a month, then the hours worked in a month */
      g_autofree char *lost = g_strdup_printf (_("%s of a %s working month"), total, working);
      /* Translators: need to delegate, a score out of 100 */
      g_autofree char *need = g_strdup_printf (_("%d/100"), offload_decision_get_need (d));
      g_autofree char *pays = dup_pays_text (self);

      /* The headline and the reasons speak in money: the verdict and its
       * advice say what to do without it. */
      add_text_full (b, band->title, HEADLINE_SCALE, TRUE, tone, BODY_SIZE * 0.2, NULL)->keep_with_next = TRUE;
      add_paragraph (b, band->advice);
      add_warnings_notice (self, b);
      add_row (b, _("Need to delegate"), need)->space_before = BODY_SIZE * 0.6;
      add_row (b, _("Does handing over pay?"), pays);
      add_row (b, _("If nothing changes: your time lost, a month"), lost);
    }
  else
    {
      g_autofree char *headline = offload_decision_dup_headline (d);
      g_auto(GStrv) why = offload_decision_dup_why (d);
      g_autofree char *year = format_money (self, offload_assessment_get_total_cost_year (a));
      g_autofree char *gain = NULL;

      if (offload_decision_get_delegation_pays (d))
        gain = format_money (self, offload_decision_get_net_gain_year (d));
      else if (r->hours_freed_month <= 0)
        gain = g_strdup (_("None: you hand no hours over"));
      else
        gain = g_strdup (_("None: it costs more than it brings back"));

      add_text_full (b, headline, HEADLINE_SCALE, TRUE, TONE_NORMAL, BODY_SIZE * 0.2, NULL);
      add_warnings_notice (self, b);
      verdict = add_row (b, _("Verdict"), band->title);
      verdict->tone = tone;
      verdict->space_before = BODY_SIZE * 0.6;
      add_row (b, _("Net gain of handing over, a year"), gain);
      add_row (b, _("If nothing changes: the value of your time lost, a year"), year);
      for (guint i = 0; why[i] && i < SUMMARY_REASONS; i++)
        add_text_full (b, why[i], 1.0, FALSE, TONE_NORMAL, i == 0 ? BODY_SIZE * 0.7 : BODY_SIZE * 0.25, "•");
      if (r->hours_freed_month > 0)
        {
          g_autofree char *chain = offload_decision_dup_chain (d);
          /* Translators: %s is the chain from the value of the time lost to the net gain */
          g_autofree char *text = g_strdup_printf (_("From time lost to net gain: %s"), chain);

          add_text_full (b, text, SMALL_SCALE, FALSE, TONE_MUTED, BODY_SIZE * 0.5, NULL);
        }
    }
  end_box (b);
}

static void
add_inputs_section (OffloadReport *self,
                    Builder       *b)
{
  OffloadAssessment *a = self->assessment;
  g_autofree char *hours_per_day = format_figure (offload_assessment_get_admin_hours_per_day (a));
  g_autofree char *working_per_day = format_figure (offload_assessment_get_working_hours_per_day (a));
  /* The inputs as typed (2.75 h), where offload_format_hours() would round them. */
  g_autofree char *hours = g_strdup_printf (C_("hours", "%s h"), hours_per_day);
  g_autofree char *working = g_strdup_printf (C_("hours", "%s h"), working_per_day);
  g_autofree char *days = format_figure (offload_assessment_get_days_per_week (a));
  g_autofree char *weeks = format_figure (offload_assessment_get_weeks_per_month (a));
  g_autofree char *interruptions = format_figure (offload_assessment_get_interruptions_per_day (a));

  add_heading (b, _("Your figures"));
  add_row (b, _("Hours lost per day to low-value tasks"), hours);
  add_input_warnings (self, b, OFFLOAD_INPUT_HOURS_PER_DAY);
  add_row (b, _("Working hours per day"), working);
  add_input_warnings (self, b, OFFLOAD_INPUT_WORKING_HOURS_PER_DAY);
  add_row (b, _("Working days per week"), days);
  add_row (b, _("Working weeks per month"), weeks);
  if (!no_amounts (self))
    {
      g_autofree char *rate = format_rate (self, offload_assessment_get_hourly_value (a));
      /* Translators: an amount per hour */
      g_autofree char *per_hour = g_strdup_printf (_("%s/h"), rate);

      add_row (b, _("What one hour of your time is worth"), per_hour);
    }
  /* Without amounts too: the warning says the value is missing, not what it is. */
  add_input_warnings (self, b, OFFLOAD_INPUT_HOURLY_VALUE);
  add_row (b, _("Interruptions per day"), interruptions);
  add_input_warnings (self, b, OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY);
  add_input_warnings (self, b, NULL);
}

static void
add_signs_section (OffloadReport *self,
                   Builder       *b)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (self->assessment);
  g_auto(GStrv) checked = offload_assessment_dup_checked_ids (self->assessment);
  guint n_signs = 0;
  guint n_counters = 0;

  add_heading (b, _("The warning signs you ticked"));
  for (guint i = 0; checked[i]; i++)
    {
      OffloadSign *sign = offload_catalog_lookup (catalog, checked[i]);

      if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_SIGN)
        {
          add_bullet (b, "•", offload_sign_get_title (sign));
          n_signs++;
        }
    }
  if (n_signs == 0)
    add_paragraph (b, _("None of the warning signs is ticked."));

  add_subheading (b, _("Counter-indications"));
  for (guint i = 0; checked[i]; i++)
    {
      OffloadSign *sign = offload_catalog_lookup (catalog, checked[i]);

      if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_COUNTER)
        {
          add_bullet (b, "✗", offload_sign_get_title (sign));
          n_counters++;
        }
    }
  if (n_counters == 0)
    add_paragraph (b, _("No counter-indication is ticked."));
}

/* A row of hours, with the value of that time unless amounts are left out. */
static void
add_time_row (OffloadReport *self,
              Builder       *b,
              const char    *label,
              double         hours,
              double         value)
{
  g_autofree char *text = offload_format_hours (hours);

  if (!no_amounts (self))
    {
      g_autofree char *money = format_money (self, value);
      g_autofree char *hours_text = g_steal_pointer (&text);

      /* Translators: hours, then the value of that time */
      text = g_strdup_printf (_("%s, worth %s"), hours_text, money);
    }
  add_row (b, label, text);
}

/* Admin and focus, their total and the working time they come out of. The
 * amounts are the value of the owner's own time, not money paid out, and
 * the rows say so. */
static void
add_results_section (OffloadReport *self,
                     Builder       *b)
{
  OffloadAssessment *a = self->assessment;
  g_autofree char *working = offload_format_hours (offload_assessment_get_working_hours_month (a));

  add_heading (b, _("What it costs you"));
  if (!no_amounts (self))
    add_note (b, _("In the value of your time: what these hours are worth at your hourly value, "
                   "not money you pay out."));
  add_row (b, _("Working hours in a month"), working);
  add_time_row (self, b, _("Admin work, a month"), offload_assessment_get_monthly_hours (a),
                offload_assessment_get_monthly_cost (a));
  add_time_row (self, b, _("Focus lost to interruptions, a month"), offload_assessment_get_focus_hours (a),
                offload_assessment_get_focus_cost (a));
  add_time_row (self, b, _("Time lost in all, a month"), offload_assessment_get_total_hours (a),
                offload_assessment_get_total_cost (a));
  if (!no_amounts (self))
    {
      g_autofree char *total_year = format_money (self, offload_assessment_get_total_cost_year (a));
      g_autofree char *admin_year = format_money (self, offload_assessment_get_yearly_cost (a));

      add_row (b, _("Value of your time lost, a year"), total_year);
      add_row (b, _("Of which admin, a year"), admin_year);
    }
}

/* The gauge shows the need as "N/100" and the verdict: the subheading says
 * what the score is. */
static void
add_charts_section (OffloadReport *self,
                    Builder       *b)
{
  add_subheading (b, _("Need to delegate"));
  add_chart (b, BLOCK_GAUGE)->space_before = BODY_SIZE * 0.4;
  add_subheading (b, offload_chart_series_get_title (self->series));
  add_chart (b, BLOCK_COST_CHART);
}

/* The ticked signs behind the verdict, heaviest first, and the
 * counter-indications with what to do about them: the reasons without an
 * amount. */
static void
add_sign_reasons (OffloadReport *self,
                  Builder       *b)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (self->assessment);
  const char * const *reasons = offload_assessment_get_reasons (self->assessment);

  if (reasons[0] == NULL)
    return;

  add_subheading (b, _("Why"));
  for (guint i = 0; reasons[i]; i++)
    {
      OffloadSign *sign = offload_catalog_lookup (catalog, reasons[i]);

      if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_COUNTER)
        {
          /* Translators: a counter-indication among the verdict's reasons, then what to do about it */
          g_autofree char *text = g_strdup_printf (_("%s — %s"), offload_sign_get_title (sign),
                                                   offload_sign_get_remediation (sign));

          add_bullet (b, "✗", text);
        }
      else
        add_bullet (b, "•", offload_sign_get_title (sign));
    }
}

static void
add_verdict_section (OffloadReport *self,
                     Builder       *b)
{
  OffloadBand *band = offload_decision_get_band (decision (self));
  g_auto(GStrv) why = NULL;

  add_heading (b, _("Verdict"));
  add_text_full (b, band->title, VERDICT_SCALE, TRUE, band->counter ? TONE_WARNING : TONE_NORMAL,
                 BODY_SIZE * 0.3, NULL)->keep_with_next = TRUE;
  add_paragraph (b, band->advice);

  if (no_amounts (self))
    {
      add_sign_reasons (self, b);
      return;
    }

  /* The decision's reasons already name the counter-indications and the
   * heaviest signs, in the owner's figures: they replace the list of
   * signs rather than repeat it. */
  why = offload_decision_dup_why (decision (self));
  if (why[0] == NULL)
    return;
  add_subheading (b, _("Why"));
  for (guint i = 0; why[i]; i++)
    add_bullet (b, "•", why[i]);
}

/* The delegation brief: the tasks in hand-over order, with the hours each
 * frees and why, and the key-person warning. */
static void
add_brief_section (OffloadReport *self,
                   Builder       *b)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (self->assessment);
  g_autoptr(OffloadDelegationBrief) brief = offload_delegation_brief_new (self->assessment);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (brief));

  add_heading (b, _("What to hand over, in this order"));
  if (n == 0)
    {
      add_paragraph (b, _("Tick the warning signs that fit your business to see which tasks to hand over first."));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OffloadBriefItem) item = g_list_model_get_item (G_LIST_MODEL (brief), i);
      g_autofree char *number = g_strdup_printf ("%u.", offload_brief_item_get_position (item));
      g_autofree char *hours = offload_format_hours (offload_brief_item_get_hours (item));
      g_autofree char *signs = offload_catalog_join_sign_titles (catalog, offload_brief_item_get_reasons (item));
      /* Translators: a task to hand over, the hours a month it frees, then its risk */
      g_autofree char *text = g_strdup_printf (_("%s — %s a month, %s"),
                                               offload_brief_item_get_title (item), hours,
                                               offload_task_risk_get_title (offload_brief_item_get_risk (item)));
      /* Translators: the warning signs that call for a task */
      g_autofree char *why = g_strdup_printf (_("Because: %s"), signs);

      add_bullet (b, number, text);
      add_note (b, why);
    }
  if (offload_delegation_brief_get_continuity_risk (brief))
    add_text_full (b, offload_delegation_brief_get_continuity_text (brief), 1.0, TRUE, TONE_WARNING,
                   BODY_SIZE * 0.3, NULL);
}

/* The action plan as a checklist, the urgent steps first. */
static void
add_plan_section (OffloadReport *self,
                  Builder       *b)
{
  g_autoptr(OffloadActionPlan) plan = offload_action_plan_new (self->assessment);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (plan));
  g_autofree char *progress = offload_action_plan_dup_progress (plan);

  add_heading (b, _("How to start"));
  /* With the heading and the first step, not alone at a page's foot. */
  add_text_full (b, progress, SMALL_SCALE, FALSE, TONE_MUTED, BODY_SIZE * 0.2, NULL)->keep_with_next = TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OffloadPlanStep) step = g_list_model_get_item (G_LIST_MODEL (plan), i);
      g_autofree char *text = NULL;

      if (offload_plan_step_get_urgent (step))
        /* Translators: a step of the plan, what it involves, and why it is urgent */
        text = g_strdup_printf (_("%s. %s Urgent: %s"), offload_plan_step_get_title (step),
                                offload_plan_step_get_detail (step), offload_plan_step_get_why_urgent (step));
      else
        /* Translators: a step of the plan, then what it involves */
        text = g_strdup_printf (_("%s. %s"), offload_plan_step_get_title (step), offload_plan_step_get_detail (step));
      add_bullet (b, offload_plan_step_get_done (step) ? "☑" : "☐", text);
    }
}

static void
add_comparison_money (OffloadReport                  *self,
                      Builder                        *b,
                      const OffloadComparisonResults *r)
{
  g_autofree char *recovered = format_money (self, r->value_recovered_month);
  g_autofree char *freelance_cost = format_money (self, r->freelance_cost_month);
  g_autofree char *freelance_net = format_money (self, r->freelance_net_month);
  g_autofree char *hire_weekly = offload_format_hours (r->hire_weekly_hours);
  g_autofree char *hire_cost = format_money (self, r->hire_cost_month);
  g_autofree char *hire_net = format_money (self, r->hire_net_month);
  g_autofree char *low = format_money (self, r->net_low_month);
  g_autofree char *high = format_money (self, r->net_high_month);
  g_autofree char *freelance = NULL;
  g_autofree char *hire = NULL;
  g_autofree char *breakeven_value = NULL;
  g_autofree char *range = NULL;

  add_row (b, _("Value recovered per month"), recovered);
  add_row (b, offload_option_get_title (OFFLOAD_OPTION_YOURSELF), _("You keep these hours, and pay nothing more"));
  /* Translators: what an option costs a month, then its net gain */
  freelance = g_strdup_printf (_("%s a month, net gain %s"), freelance_cost, freelance_net);
  add_row (b, offload_option_get_title (OFFLOAD_OPTION_FREELANCE), freelance);
  /* Translators: the hire's weekly hours, then its cost a month and net gain */
  hire = g_strdup_printf (_("%s a week, %s a month, net gain %s"), hire_weekly, hire_cost, hire_net);
  add_row (b, offload_option_get_title (OFFLOAD_OPTION_HIRE), hire);
  if (r->hire_at_minimum)
    add_note (b, _("(paid for the weekly minimum of a part-time contract: fewer hours are needed)"));
  /* More than one full-time job: the decision's warning says so, beside
   * the share handed over. */
  add_row (b, _("Cheapest, counting the time won back"), offload_option_get_title (r->cheapest));

  breakeven_value = isnan (r->breakeven_hourly_value) ? g_strdup (_("never"))
                                                       : format_rate (self, r->breakeven_hourly_value);
  add_row (b, _("Delegating pays when your hour is worth more than"), breakeven_value);

  /* Translators: the option's name, the low and high net gain, what moves it most */
  range = g_strdup_printf (_("%s: %s to %s a month; moves it most: %s"),
                           offload_option_get_title (r->range_option), low, high,
                           offload_range_input_get_title (r->most_sensitive_input));
  add_row (b, _("Net gain if the figures are off by 25 %"), range);
}

static void
add_comparison_hours (OffloadReport                  *self,
                      Builder                        *b,
                      const OffloadComparisonResults *r)
{
  g_autofree char *handed = offload_format_hours (r->hours_freed_month);
  g_autofree char *weekly = offload_format_hours (r->hire_weekly_hours);
  g_autofree char *freelance = NULL;
  g_autofree char *hire = NULL;

  add_row (b, offload_option_get_title (OFFLOAD_OPTION_YOURSELF), _("You keep these hours, and pay nothing more"));
  /* Translators: the hours a freelancer would take over each month */
  freelance = g_strdup_printf (_("%s a month handed over"), handed);
  add_row (b, offload_option_get_title (OFFLOAD_OPTION_FREELANCE), freelance);
  if (r->hire_over_full_time)
    hire = g_strdup_printf (_("%s a week: more than one full-time job"), weekly);
  else if (r->hire_at_minimum)
    hire = g_strdup_printf (_("%s a week, the contract's minimum"), weekly);
  else
    hire = g_strdup_printf (_("%s a week, paid leave included"), weekly);
  add_row (b, offload_option_get_title (OFFLOAD_OPTION_HIRE), hire);
  add_row (b, _("Cheapest, counting the time won back"), offload_option_get_title (r->cheapest));
}

static void
add_comparison_section (OffloadReport *self,
                        Builder       *b)
{
  OffloadScenario *scenario = offload_assessment_get_active_scenario (self->assessment);
  const OffloadComparisonResults *r = offload_scenario_get_results (scenario);
  g_autofree char *name = offload_format_printable (offload_scenario_get_name (scenario), 0);
  g_autofree char *freed_week = offload_format_hours (r->hours_freed_week);
  g_autofree char *freed_month = offload_format_hours (r->hours_freed_month);
  g_autofree char *freed = NULL;
  g_autofree char *breakeven_hours = NULL;
  double share = 0.0;

  add_heading (b, _("Compare options"));
  add_row (b, _("Scenario"), name);
  /* The share the figures use: the task table's when there is one. */
  {
    g_autofree char *percent = format_percent (offload_scenario_get_delegated_share (scenario));

    add_row (b, _("Share of the lost hours you hand over"), percent);
  }
  add_input_warnings (self, b, OFFLOAD_INPUT_DELEGATED_SHARE);
  if (offload_scenario_get_input (scenario, OFFLOAD_INPUT_REINVESTED_SHARE, &share))
    {
      g_autofree char *percent = format_percent (share);

      add_row (b, _("Share of the freed hours you reinvest in selling or billable work"), percent);
    }
  add_input_warnings (self, b, OFFLOAD_INPUT_REINVESTED_SHARE);
  /* Translators: hours freed a week, then a month */
  freed = g_strdup_printf (_("%s a week, %s a month"), freed_week, freed_month);
  add_row (b, _("Hours freed"), freed);

  if (no_amounts (self))
    add_comparison_hours (self, b, r);
  else
    add_comparison_money (self, b, r);

  breakeven_hours = isnan (r->breakeven_hire_hours) ? g_strdup (_("never"))
                                                     : offload_format_hours (r->breakeven_hire_hours);
  add_row (b, _("A hire beats a freelancer above (hours freed a month)"), breakeven_hours);
}

/* The year ahead: the rhythm, the chart, and the year's figures. A steady
 * year is twelve of the months above, and its chart a flat line: only an
 * activity that moves gets the section. */
static void
add_year_section (OffloadReport *self,
                  Builder       *b)
{
  OffloadActivity *activity = offload_assessment_get_activity (self->assessment);
  OffloadYearResults rounded;
  const OffloadYearResults *y = &rounded;
  const char *currency = offload_assessment_get_currency (self->assessment);
  g_autofree char *idle = NULL;

  /* The totals of the JSON and the CSV: the sums of the months as written. */
  offload_year_results_round (offload_scenario_get_year (offload_assessment_get_active_scenario (self->assessment)),
                              &rounded);

  if (offload_activity_get_profile (activity) == OFFLOAD_ACTIVITY_STEADY)
    return;

  idle = offload_format_hours (y->hire_idle_hours);
  add_heading (b, _("The year ahead"));
  add_row (b, _("Your activity over the year"),
           offload_activity_profile_get_title (offload_activity_get_profile (activity)));
  add_row (b, _("The hire's contract is sized for"), offload_hire_sizing_get_title (y->sizing));
  add_chart (b, BLOCK_YEAR_CHART);
  if (!no_amounts (self))
    {
      g_autofree char *freelance = offload_format_money (y->freelance_cost, currency);
      g_autofree char *hire = offload_format_money (y->hire_cost, currency);

      add_row (b, _("Freelance assistant, over the year"), freelance)->space_before = BODY_SIZE * 0.6;
      add_row (b, _("Part-time hire, over the year"), hire);
    }
  add_row (b, _("Paid hours the hire would spend idle, over the year"), idle);
  add_row (b, _("Cheapest over the year"), offload_option_get_title (y->cheapest));
}

typedef void (*SectionFunc) (OffloadReport *self,
                             Builder       *b);

/* The report, in order. */
static const SectionFunc sections[] = {
  add_title_section,
  add_summary_section,
  add_inputs_section,
  add_signs_section,
  add_results_section,
  add_charts_section,
  add_verdict_section,
  add_brief_section,
  add_plan_section,
  add_comparison_section,
  add_year_section,
};

/* ---- pagination --------------------------------------------------------- */

static void
clear_layout (OffloadReport *self)
{
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->placements, g_array_unref);
  g_clear_pointer (&self->page_starts, g_array_unref);
  g_clear_pointer (&self->series, offload_chart_series_unref);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_object (&self->context);
}

typedef struct
{
  OffloadReport *self;
  double         y;
  gboolean       empty;       /* nothing on the current page yet */
  gboolean       last_boxed;  /* what was placed last is in the box */
} Flow;

static void
new_page (Flow *flow)
{
  guint start = flow->self->placements->len;

  g_array_append_val (flow->self->page_starts, start);
  flow->y = 0.0;
  flow->empty = TRUE;
}

static void
place (Flow   *flow,
       guint   block,
       guint   first_line,
       guint   n_lines,
       double  y,
       double  scale)
{
  Placement placement = { block, first_line, n_lines, y, scale };

  g_array_append_val (flow->self->placements, placement);
  flow->empty = FALSE;
  flow->last_boxed = ((Block *) flow->self->blocks->pdata[block])->boxed;
}

/* The space above @block where it goes next: none at the top of a page,
 * and the box's padding wherever the box opens or closes — at the top of
 * each page it spans, too. */
static double
space_above (Flow  *flow,
             Block *block)
{
  if (flow->empty)
    return block->boxed ? BOX_PAD : 0.0;
  return block->space_before + (block->boxed != flow->last_boxed ? BOX_PAD : 0.0);
}

/* How far down @block may reach: in the box, its padding short of the
 * foot, so that the box closes on the page. */
static double
room_for (OffloadReport *self,
          Block         *block)
{
  return self->content_height - (block->boxed ? BOX_PAD : 0.0);
}

/* The height of what must not be split from the start of a block: its
 * first two lines (flow_text() leaves no lone first line), or all of it. */
static double
first_unit_height (Block *block)
{
  if (block->kind == BLOCK_TEXT)
    {
      guint n_lines = MIN (block->line_tops->len - 1, 2);

      return g_array_index (block->line_tops, double, n_lines) - g_array_index (block->line_tops, double, 0);
    }
  return block->height;
}

static void
flow_text (Flow  *flow,
           guint  index,
           Block *block,
           double space)
{
  double room = room_for (flow->self, block);
  const double *tops = (const double *) (gpointer) block->line_tops->data;
  guint n_lines = block->line_tops->len - 1;
  guint line = 0;

  while (line < n_lines)
    {
      double available = room - flow->y - space;
      guint count = 0;

      while (line + count < n_lines && tops[line + count + 1] - tops[line] <= available + 0.01)
        count++;

      /* No lone first line at the foot of a page when more follow. */
      if (count == 0 || (count == 1 && line == 0 && n_lines > 1 && !flow->empty))
        {
          if (!flow->empty)
            {
              new_page (flow);
              space = space_above (flow, block);
              continue;
            }
          /* A line taller than a page: it goes on a page of its own. */
          count = MAX (count, 1);
        }

      place (flow, index, line, count, flow->y + space, 1.0);
      flow->y += space + tops[line + count] - tops[line];
      line += count;
      if (line < n_lines)
        {
          new_page (flow);
          space = space_above (flow, block);
        }
    }
}

static void
flow_blocks (OffloadReport *self)
{
  Flow flow = { self, 0.0, TRUE, FALSE };

  new_page (&flow);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = self->blocks->pdata[i];
      double room = room_for (self, block);
      double space = space_above (&flow, block);

      if (block->keep_with_next && i + 1 < self->blocks->len)
        {
          double needed = space;
          guint j = i;

          /* A heading, the verdict's title under it and so on: the whole
           * chain and the first lines of what follows it, together. */
          for (; j + 1 < self->blocks->len && ((Block *) self->blocks->pdata[j])->keep_with_next; j++)
            needed += ((Block *) self->blocks->pdata[j])->height + ((Block *) self->blocks->pdata[j + 1])->space_before;
          needed += first_unit_height (self->blocks->pdata[j]);

          if (flow.y + needed > room && !flow.empty)
            {
              new_page (&flow);
              space = space_above (&flow, block);
            }
        }

      if (block->kind == BLOCK_TEXT)
        {
          flow_text (&flow, i, block, space);
          continue;
        }

      if (flow.y + space + block->height > room + 0.01 && !flow.empty)
        {
          new_page (&flow);
          space = space_above (&flow, block);
        }
      {
        double scale = block->height > room - space ? (room - space) / block->height : 1.0;

        place (&flow, i, 0, 1, flow.y + space, scale);
        flow.y += space + block->height * scale;
      }
    }
}

PangoContext *
offload_report_create_print_context (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Outlines as they are: hinting would measure text for a screen's pixels. */
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

static double
footer_height (OffloadReport *self)
{
  return BODY_SIZE * SMALL_SCALE * 1.4 + BODY_SIZE * 1.2;
}

guint
offload_report_paginate (OffloadReport *self,
                         PangoContext  *context,
                         double         width,
                         double         height)
{
  Builder builder = { 0 };

  g_return_val_if_fail (OFFLOAD_IS_REPORT (self), 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);
  g_return_val_if_fail (width > 0 && height > 0, 0);

  g_object_ref (context);
  clear_layout (self);
  self->context = context;
  self->width = width;
  self->height = height;
  self->content_height = MAX (height - footer_height (self), height / 2);

  self->font = pango_font_description_from_string ("Sans");
  pango_font_description_set_size (self->font, (int) (BODY_SIZE * PANGO_SCALE));
  offload_chart_style_init_light (&self->style);
  self->style.font = self->font;
  self->series = offload_cost_chart_build_series (self->assessment, no_amounts (self));

  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));

  builder.report = self;
  builder.context = context;
  builder.width = width;
  for (gsize i = 0; i < G_N_ELEMENTS (sections); i++)
    sections[i] (self, &builder);

  flow_blocks (self);
  return self->page_starts->len;
}

guint
offload_report_get_n_pages (OffloadReport *self)
{
  g_return_val_if_fail (OFFLOAD_IS_REPORT (self), 0);

  return self->page_starts ? self->page_starts->len : 0;
}

/* ---- drawing ------------------------------------------------------------ */

static const OffloadChartColor *
tone_color (OffloadReport *self,
            Tone           tone)
{
  switch (tone)
    {
    case TONE_MUTED: return &self->style.muted;
    case TONE_WARNING: return &self->style.warning;
    case TONE_NORMAL:
    default: return &self->style.foreground;
    }
}

static void
draw_text (OffloadReport   *self,
           cairo_t         *cr,
           Block           *block,
           const Placement *placement)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
  double top = g_array_index (block->line_tops, double, placement->first_line);
  guint line = 0;

  offload_chart_set_color (cr, tone_color (self, block->tone), 1.0);
  do
    {
      if (line >= placement->first_line && line < placement->first_line + placement->n_lines)
        {
          PangoRectangle logical;
          double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, block->x + (double) logical.x / PANGO_SCALE, placement->y + baseline - top);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));

          if (line == 0 && block->bullet != NULL)
            {
              double bullet_width;
              double bullet_baseline = (double) pango_layout_get_baseline (block->bullet) / PANGO_SCALE;

              offload_chart_text_size (block->bullet, &bullet_width, NULL);
              cairo_move_to (cr, MAX (block->x - bullet_width - BODY_SIZE * 0.5, 0),
                             placement->y + baseline - top - bullet_baseline);
              pango_cairo_show_layout (cr, block->bullet);
            }
        }
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_block (OffloadReport   *self,
            cairo_t         *cr,
            const Placement *placement)
{
  Block *block = self->blocks->pdata[placement->block];

  cairo_save (cr);
  cairo_translate (cr, block->inset, 0);
  switch (block->kind)
    {
    case BLOCK_TEXT:
      draw_text (self, cr, block, placement);
      break;

    case BLOCK_ROW:
      offload_chart_show_layout (cr, block->layout, &self->style.foreground, 0, placement->y);
      offload_chart_show_layout (cr, block->value, tone_color (self, block->tone), block->x, placement->y);
      /* A hairline under each row leads the eye from label to value. */
      offload_chart_set_color (cr, &self->style.muted, 0.25);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, 0, placement->y + block->height + BODY_SIZE * 0.15);
      cairo_line_to (cr, block->width, placement->y + block->height + BODY_SIZE * 0.15);
      cairo_stroke (cr);
      break;

    case BLOCK_RULE:
      offload_chart_set_color (cr, &self->style.muted, 0.6);
      cairo_rectangle (cr, 0, placement->y, block->width, block->height);
      cairo_fill (cr);
      break;

    case BLOCK_GAUGE:
    case BLOCK_COST_CHART:
    case BLOCK_YEAR_CHART:
      cairo_save (cr);
      cairo_translate (cr, 0, placement->y);
      cairo_scale (cr, placement->scale, placement->scale);
      if (block->kind == BLOCK_GAUGE)
        offload_readiness_gauge_draw (cr, self->context, &self->style, self->assessment,
                                      block->width / placement->scale, block->height);
      else if (block->kind == BLOCK_YEAR_CHART)
        offload_year_chart_draw (cr, self->context, &self->style, self->assessment, no_amounts (self),
                                 block->width / placement->scale, block->height);
      else
        offload_cost_chart_draw (cr, self->context, &self->style, self->series,
                                 block->width / placement->scale, block->height);
      cairo_restore (cr);
      break;

    default:
      g_assert_not_reached ();
    }
  cairo_restore (cr);
}

/* The height a placement takes on its page. */
static double
placed_height (OffloadReport   *self,
               const Placement *placement)
{
  Block *block = self->blocks->pdata[placement->block];

  if (block->kind == BLOCK_TEXT)
    return g_array_index (block->line_tops, double, placement->first_line + placement->n_lines) -
           g_array_index (block->line_tops, double, placement->first_line);
  return block->height * placement->scale;
}

/* The summary box behind its blocks on each page it spans: a light tint of
 * the accent colour with a border, its padding around them (flow_blocks()
 * left room for it). */
static void
draw_boxes (OffloadReport *self,
            cairo_t       *cr,
            guint          start,
            guint          end)
{
  for (guint i = start; i < end; i++)
    {
      const Placement *first = &g_array_index (self->placements, Placement, i);
      const Placement *last = first;
      double top, bottom;

      if (!((Block *) self->blocks->pdata[first->block])->boxed)
        continue;
      while (i + 1 < end &&
             ((Block *) self->blocks->pdata[g_array_index (self->placements, Placement, i + 1).block])->boxed)
        last = &g_array_index (self->placements, Placement, ++i);

      top = first->y - BOX_PAD;
      bottom = last->y + placed_height (self, last) + BOX_PAD;
      offload_chart_rounded_rect (cr, 0.5, top + 0.5, self->width - 1, bottom - top - 1, BOX_PAD / 2);
      offload_chart_set_color (cr, &self->style.accent, 0.07);
      cairo_fill_preserve (cr);
      offload_chart_set_color (cr, &self->style.accent, 0.55);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }
}

static void
draw_footer (OffloadReport *self,
             cairo_t       *cr,
             guint          page)
{
  /* Translators: at the foot of each page of the report */
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page + 1, self->page_starts->len);
  g_autoptr(PangoLayout) layout = offload_chart_text_layout (self->context, &self->style, text,
                                                             SMALL_SCALE, FALSE, self->width);
  double height;

  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  offload_chart_text_size (layout, NULL, &height);
  offload_chart_show_layout (cr, layout, &self->style.muted, 0, self->height - height);
}

void
offload_report_draw_page (OffloadReport *self,
                          cairo_t       *cr,
                          guint          page)
{
  guint start, end;

  g_return_if_fail (OFFLOAD_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->page_starts != NULL);
  g_return_if_fail (page < self->page_starts->len);

  start = g_array_index (self->page_starts, guint, page);
  end = page + 1 < self->page_starts->len ? g_array_index (self->page_starts, guint, page + 1)
                                          : self->placements->len;

  cairo_save (cr);
  draw_boxes (self, cr, start, end);
  for (guint i = start; i < end; i++)
    draw_block (self, cr, &g_array_index (self->placements, Placement, i));
  draw_footer (self, cr, page);
  cairo_restore (cr);
}

static void
append_lines (GString         *out,
              Block           *block,
              const Placement *placement)
{
  const char *text = pango_layout_get_text (block->layout);
  guint last = placement->first_line + placement->n_lines - 1;
  PangoLayoutLine *first_line = pango_layout_get_line_readonly (block->layout, placement->first_line);
  PangoLayoutLine *last_line = pango_layout_get_line_readonly (block->layout, last);

  if (placement->first_line == 0 && block->bullet != NULL)
    {
      g_string_append (out, pango_layout_get_text (block->bullet));
      g_string_append_c (out, ' ');
    }
  g_string_append_len (out, text + first_line->start_index,
                       last_line->start_index + last_line->length - first_line->start_index);
}

char *
offload_report_dup_page_text (OffloadReport *self,
                              guint          page)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint start, end;

  g_return_val_if_fail (OFFLOAD_IS_REPORT (self), NULL);
  g_return_val_if_fail (self->page_starts != NULL, NULL);
  g_return_val_if_fail (page < self->page_starts->len, NULL);

  start = g_array_index (self->page_starts, guint, page);
  end = page + 1 < self->page_starts->len ? g_array_index (self->page_starts, guint, page + 1)
                                          : self->placements->len;

  for (guint i = start; i < end; i++)
    {
      const Placement *placement = &g_array_index (self->placements, Placement, i);
      Block *block = self->blocks->pdata[placement->block];
      g_autofree char *alternative = NULL;

      switch (block->kind)
        {
        case BLOCK_TEXT:
          append_lines (out, block, placement);
          break;
        case BLOCK_ROW:
          g_string_append_printf (out, "%s\t%s", pango_layout_get_text (block->layout),
                                  pango_layout_get_text (block->value));
          break;
        case BLOCK_GAUGE:
          alternative = offload_readiness_gauge_describe (self->assessment);
          g_string_append (out, alternative);
          break;
        case BLOCK_COST_CHART:
          alternative = offload_chart_series_describe (self->series);
          g_string_append (out, alternative);
          break;
        case BLOCK_RULE:
          continue;
        default:
          g_assert_not_reached ();
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- PDF ---------------------------------------------------------------- */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
offload_report_pdf_from_pages (const char               *title,
                               GDateTime                *date,
                               guint                     n_pages,
                               OffloadReportDrawPageFunc draw_page,
                               gpointer                  data,
                               GError                  **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *shown_title = NULL;
  g_autofree char *created = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double margin = OFFLOAD_REPORT_PDF_MARGIN;

  g_return_val_if_fail (draw_page != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes,
                                                 OFFLOAD_REPORT_A4_WIDTH, OFFLOAD_REPORT_A4_HEIGHT);
  shown_title = offload_format_printable (title != NULL ? title : "", 0);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, shown_title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Offload " PACKAGE_VERSION);
  /* The document's own date, not the clock's: the same content, the same bytes. */
  created = date != NULL ? g_date_time_format (date, "%Y-%m-%dT%H:%M:%S%:z") : NULL;
  if (created != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);

  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, margin, margin);
      draw_page (data, cr, i);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      /* Translators: %s is cairo's description of what went wrong */
      g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_IO, _("Could not make the PDF: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

static void
report_draw_page (gpointer  data,
                  cairo_t  *cr,
                  guint     page)
{
  offload_report_draw_page (data, cr, page);
}

GBytes *
offload_report_render_pdf (OffloadReport  *self,
                           GError        **error)
{
  PangoContext *context;
  double margin = OFFLOAD_REPORT_PDF_MARGIN;
  guint n_pages;

  g_return_val_if_fail (OFFLOAD_IS_REPORT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  context = offload_report_create_print_context ();
  n_pages = offload_report_paginate (self, context, OFFLOAD_REPORT_A4_WIDTH - 2 * margin,
                                     OFFLOAD_REPORT_A4_HEIGHT - 2 * margin);
  g_object_unref (context);
  return offload_report_pdf_from_pages (self->document_name, self->date, n_pages,
                                        report_draw_page, self, error);
}

gboolean
offload_report_write_pdf (OffloadReport  *self,
                          const char     *path,
                          GError        **error)
{
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GFile) file = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (OFFLOAD_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pdf = offload_report_render_pdf (self, error);
  if (pdf == NULL)
    return FALSE;

  file = g_file_new_for_path (path);
  data = g_bytes_get_data (pdf, &length);
  return offload_export_file_write (file, data, length, error);
}

/* ---- the object --------------------------------------------------------- */

OffloadReport *
offload_report_new (OffloadAssessment  *assessment,
                    const char         *document_name,
                    GDateTime          *date,
                    OffloadReportFlags  flags)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), NULL);

  return g_object_new (OFFLOAD_TYPE_REPORT,
                       "assessment", assessment,
                       "document-name", document_name,
                       "date", date,
                       "flags", flags,
                       NULL);
}

OffloadReport *
offload_report_new_for_document (OffloadDocument    *document,
                                 GDateTime          *date,
                                 OffloadReportFlags  flags)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (OFFLOAD_IS_DOCUMENT (document), NULL);

  name = offload_document_dup_display_name (document, 0);
  return offload_report_new (offload_document_get_assessment (document), name, date, flags);
}

OffloadAssessment *
offload_report_get_assessment (OffloadReport *self)
{
  g_return_val_if_fail (OFFLOAD_IS_REPORT (self), NULL);
  return self->assessment;
}

const char *
offload_report_get_document_name (OffloadReport *self)
{
  g_return_val_if_fail (OFFLOAD_IS_REPORT (self), NULL);
  return self->document_name;
}

GDateTime *
offload_report_get_date (OffloadReport *self)
{
  g_return_val_if_fail (OFFLOAD_IS_REPORT (self), NULL);
  return self->date;
}

OffloadReportFlags
offload_report_get_flags (OffloadReport *self)
{
  g_return_val_if_fail (OFFLOAD_IS_REPORT (self), OFFLOAD_REPORT_NONE);
  return self->flags;
}

static void
offload_report_constructed (GObject *object)
{
  OffloadReport *self = OFFLOAD_REPORT (object);

  G_OBJECT_CLASS (offload_report_parent_class)->constructed (object);

  if (self->assessment == NULL)
    self->assessment = offload_assessment_new (NULL);
  if (self->document_name == NULL || !g_utf8_validate (self->document_name, -1, NULL))
    {
      g_free (self->document_name);
      self->document_name = g_strdup ("");
    }
  if (self->date == NULL)
    self->date = g_date_time_new_now_local ();
}

static void
offload_report_finalize (GObject *object)
{
  OffloadReport *self = OFFLOAD_REPORT (object);

  clear_layout (self);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->document_name, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (offload_report_parent_class)->finalize (object);
}

static void
offload_report_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OffloadReport *self = OFFLOAD_REPORT (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;
    case PROP_DOCUMENT_NAME:
      g_value_set_string (value, self->document_name);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_FLAGS:
      g_value_set_uint (value, self->flags);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_report_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OffloadReport *self = OFFLOAD_REPORT (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      self->assessment = g_value_dup_object (value);
      break;
    case PROP_DOCUMENT_NAME:
      self->document_name = g_value_dup_string (value);
      break;
    case PROP_DATE:
      self->date = g_value_dup_boxed (value);
      break;
    case PROP_FLAGS:
      self->flags = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_report_class_init (OffloadReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = offload_report_constructed;
  object_class->finalize = offload_report_finalize;
  object_class->get_property = offload_report_get_property;
  object_class->set_property = offload_report_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, OFFLOAD_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT_NAME] =
    g_param_spec_string ("document-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* OffloadReportFlags, as bits. */
  properties[PROP_FLAGS] =
    g_param_spec_uint ("flags", NULL, NULL, 0, G_MAXUINT, OFFLOAD_REPORT_NONE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
offload_report_init (OffloadReport *self)
{
}
