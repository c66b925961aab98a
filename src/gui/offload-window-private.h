/* offload-window-private.h: what the window's files share
 *
 * offload-window.c builds the window and binds it to its document;
 * offload-window-actions.c holds what its actions do (open, save, export,
 * print, sections), as gnome-text-editor splits its window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-answer-bar.h"
#include "offload-autosave.h"
#include "offload-comparison-panel.h"
#include "offload-figures-panel.h"
#include "offload-history.h"
#include "offload-plan-panel.h"
#include "offload-toast.h"
#include "offload-window.h"

G_BEGIN_DECLS

struct _OffloadWindow
{
  GtkApplicationWindow    parent_instance;

  OffloadDocument        *document;
  GSignalGroup           *document_signals;
  GSettings              *settings;
  OffloadAutosave        *autosave;
  /* The steps of this document the owner can undo; a new one per document. */
  OffloadHistory         *history;
  /* The inputs still at Offload's example figures (assessment property
   * names), for a new document; NULL once none is. */
  GStrv                   example_inputs;
  gboolean                close_confirmed;
  gboolean                close_after_save;
  gboolean                share_without_amounts;
  guint                   build_sections_source;
  gulong                  focus_section_handler;  /* on the frame clock */

  GtkLabel               *title_label;
  GtkLabel               *subtitle_label;
  GtkInfoBar             *info_bar;
  GtkInfoBar             *no_amounts_bar;
  GtkLabel               *info_label;
  OffloadAnswerBar       *answer_bar;
  OffloadToast           *toast;
  GtkStack               *stack;
  GtkStackSidebar        *sidebar;
  GtkBox                 *checklist_box;
  GtkBox                 *figures_page;
  GtkBox                 *options_page;
  GtkBox                 *plan_page;

  /* Built when first shown, or when the window is idle after its first
   * frame: the first frame shows the checklist only. */
  OffloadFiguresPanel    *figures_panel;
  OffloadComparisonPanel *comparison_panel;
  OffloadPlanPanel       *plan_panel;
};

void     _offload_window_class_actions_init (OffloadWindowClass *klass);
/* Enables win.undo and win.redo as the document's history allows. */
void     _offload_window_update_undo        (OffloadWindow      *self);
/* Saves to @file (NULL: the document's own file), reports a failure, and
 * closes the window afterwards when a close asked for the save. */
void     _offload_window_save_to_and_report (OffloadWindow      *self,
                                             GFile              *file,
                                             OffloadSaveFlags    flags);
void     _offload_window_save               (OffloadWindow      *self);
void     _offload_window_add_recent         (GFile              *file);

G_END_DECLS
