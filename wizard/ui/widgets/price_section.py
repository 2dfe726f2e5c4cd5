"""The price section of the sizing panel: what the task size costs, and from which prices.

It shows the on-demand and Fargate Spot price per hour and per month (730 h)
of N tasks (a spin box) in a region, itemised in the tooltip, and a line that
names the prices used and their age. The region starts from AWS_REGION /
AWS_DEFAULT_REGION (else us-east-1); :meth:`PriceSection.set_region` lets the
account connection set it later.

"Refresh prices" reads the AWS Price List API through
:class:`~wizard.ui.widgets.price_refresh.PriceRefresher` (a worker thread) and
lays the answer over the shipped prices; the result is kept in the app data
folder so the next start uses it too. Refreshing on every keystroke is cheap:
an estimate is a handful of Decimal products, and labels change only when
their text does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.pricing import data as price_data
from wizard.domain.pricing import estimate as pricing
from wizard.domain.pricing.data import PriceBook, PriceUnavailable
from wizard.domain.pricing.estimate import Estimate, Platform
from wizard.services.errors import AwsError
from wizard.services.price_list import ORIGIN, ClientFactory
from wizard.ui.draft.controller import DraftController
from wizard.ui.widgets.field_row import repolish
from wizard.ui.widgets.form_rows import FormRows
from wizard.ui.widgets.price_choice import PriceChoice, default_region
from wizard.ui.widgets.price_refresh import PriceRefresher, keep_refresh, load_kept_refresh
from wizard.ui.widgets.price_texts import age_text, itemised, origin_text, problem_text

CACHE_FILE = "fargate-prices-refreshed.json"
MAX_TASKS = 10000

# What pricing.estimate takes before spot and book: CPU units, MiB, platform,
# region, tasks, ephemeral storage GiB.
SizeArgs = tuple[int, int, Platform, str, int, int]


def default_cache_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / CACHE_FILE


class PriceSection(QWidget):
    """See the module docstring. ``book`` is the price book in use."""

    book_changed = Signal()

    def __init__(
        self,
        controller: DraftController,
        parent: QWidget | None = None,
        *,
        client_factory: ClientFactory | None = None,
        cache_path: Path | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("priceSection")
        # Height follows the width like the panel's own wrapped labels; without this the
        # section reserves the height its labels need at their narrowest, leaving gaps.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Price"))
        self._today = today
        self._shown_for: tuple[object, ...] | None = None
        self._cache_path = cache_path if cache_path is not None else default_cache_path()
        self.book: PriceBook = load_kept_refresh(self._cache_path)
        self.refresher = PriceRefresher(self, client_factory)
        self.refresher.finished.connect(self._refreshed)
        self.refresher.failed.connect(self._refresh_failed)
        self.choice = PriceChoice.of(controller)  # the size map shows the same prices
        self._build()
        self.set_region(default_region())
        controller.analysis_changed.connect(self.refresh)
        self.refresh()

    # --- building -------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        heading = QLabel(self.tr("Price"), self)
        heading.setObjectName("panelHeading")
        layout.addWidget(heading)
        form = FormRows(label_width=0)
        form.layout.setContentsMargins(0, 0, 0, 0)
        self.region_combo = QComboBox(self)
        self.region_combo.currentTextChanged.connect(self._region_chosen)
        self.tasks_spin = QSpinBox(self)
        self.tasks_spin.setRange(1, MAX_TASKS)
        self.tasks_spin.setToolTip(self.tr("How many copies of this task run at once."))
        self.tasks_spin.valueChanged.connect(self.refresh)
        form.field(self.tr("Region"), self.region_combo)
        form.field(self.tr("Tasks"), self.tasks_spin)
        layout.addLayout(form.layout)
        self.on_demand_label = self._label(layout, self.tr("On-demand price"))
        self.spot_label = self._label(layout, self.tr("Fargate Spot price"))
        self.note_label = self._label(layout, self.tr("Price note"))
        self.source_label = self._label(layout, self.tr("Prices used"))
        row = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh prices"), self)
        self.refresh_button.setToolTip(
            self.tr("Read the current Fargate prices of this region from the AWS Price List API.")
        )
        self.refresh_button.clicked.connect(self.refresh_prices)
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status_label = self._label(layout, self.tr("Price refresh status"))

    def _label(self, layout: QVBoxLayout, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName("sizingNote")
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()  # shown by refresh() once it has something to say
        layout.addWidget(label)
        return label

    # --- region and prices ---------------------------------------------
    def region(self) -> str:
        return self.region_combo.currentText()

    def tasks(self) -> int:
        return self.tasks_spin.value()

    def set_region(self, region: str) -> None:
        """Price for ``region`` (listed even when the price data lacks it)."""
        self._fill_regions(region)
        self._publish()
        self.refresh()

    def set_client_factory(self, factory: ClientFactory) -> None:
        """Where "Refresh prices" gets its ``pricing`` client (e.g. the connected account)."""
        self.refresher.factory = factory

    def set_book(self, book: PriceBook) -> None:
        self.book = book
        self._fill_regions(self.region())
        self.book_changed.emit()
        self._publish()
        self.refresh()

    def _fill_regions(self, current: str) -> None:
        names = sorted(set(self.book.regions) | ({current} if current else set()))
        self.region_combo.blockSignals(True)
        self.region_combo.clear()
        self.region_combo.addItems(names)
        self.region_combo.setCurrentText(current)
        self.region_combo.blockSignals(False)

    def _region_chosen(self, _region: str) -> None:
        self._publish()
        self.refresh()

    def _publish(self) -> None:
        self.choice.set(self.book, self.region())

    # --- refreshing the texts ------------------------------------------
    def refresh(self) -> None:
        doc = self.controller.document
        report = self.controller.sizing
        fargate = self.controller.applicable_launch_types.fargate
        # This runs on every keystroke; the estimate depends only on these inputs.
        key = (
            id(self.book),
            fargate,
            report.task_cpu,
            report.task_memory,
            pricing.platform_of(doc),
            pricing.ephemeral_gib_of(doc),
            self.region(),
            self.tasks(),
        )
        if key == self._shown_for:
            return
        self._shown_for = key
        on_demand = spot = note = ""
        shown: list[Estimate] = []
        if not fargate:
            note = self.tr("Prices are for Fargate; this task does not require Fargate.")
        elif report.task_cpu is None or report.task_memory is None:
            note = self.tr("Set the task CPU and memory to see the price.")
        else:
            platform = pricing.platform_of(doc)
            gib = pricing.ephemeral_gib_of(doc)
            args: SizeArgs = (
                report.task_cpu,
                report.task_memory,
                platform,
                self.region(),
                self.tasks(),
                gib,
            )
            on_demand, est = self._line(self.tr("On-demand"), args, spot=False)
            spot, spot_est = self._line(self.tr("Spot"), args, spot=True)
            shown = [e for e in (est, spot_est) if e is not None]
            problems = [problem_text(m) for e in shown for m in e.missing]
            if report.task_memory not in report.valid_memory_for_cpu:
                problems.insert(0, self.tr("This is not a valid Fargate size; priced as given."))
            note = " ".join(problems)
        changed = _set(self.on_demand_label, on_demand)
        changed |= _set(self.spot_label, spot)
        by_kind = {e.spot: e for e in shown}
        self.on_demand_label.setToolTip(itemised(by_kind.get(False)))
        self.spot_label.setToolTip(itemised(by_kind.get(True)))
        changed |= _set(self.note_label, note, "warning" if note and fargate else "")
        changed |= _set(self.source_label, self._source_text(shown))
        if changed:
            self._relayout()
        self.source_label.setToolTip("\n".join(s for e in shown for s in e.sources))

    def _line(self, kind: str, args: SizeArgs, *, spot: bool) -> tuple[str, Estimate | None]:
        try:
            est = pricing.estimate(*args, spot=spot, book=self.book)
        except PriceUnavailable as exc:
            return self.tr("{0}: {1}").format(kind, problem_text(str(exc))), None
        tasks = self.tr("{0} tasks").format(est.tasks) if est.tasks != 1 else self.tr("1 task")
        text = self.tr("{0}: {1}/hour · {2}/month ({3})").format(
            kind, pricing.hourly_usd(est.per_hour), pricing.usd(est.per_month), tasks
        )
        if est.approximate:
            text += self.tr(", approximate")
        return text, est

    def _source_text(self, shown: list[Estimate]) -> str:
        if not shown:
            return self.tr("Prices: {0}.").format(origin_text(self.book.origin))
        parts = []
        for est in shown:
            what = self.tr("Spot snapshot") if est.spot else self.tr("on-demand")
            age = age_text(est.rate_date, self._today)
            dated = self.tr("{0} {1}").format(what, est.rate_date)
            parts.append(self.tr("{0}, {1}").format(dated, age) if age else dated)
        return self.tr("Prices for {0}: {1}; {2}.").format(
            shown[0].region, origin_text(shown[0].origin), "; ".join(parts)
        )

    def _relayout(self) -> None:
        # The panel's layout keeps this section's old height-for-width until told:
        # without this, a label that wraps to fewer lines leaves gaps between the rows.
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
        self.updateGeometry()

    # --- the Price List refresh -------------------------------------------
    def refresh_prices(self) -> bool:
        """Start reading this region's prices from the AWS Price List API."""
        region = self.region()
        started = self.refresher.start(region)
        if started:
            self.refresh_button.setEnabled(False)
            _set(self.status_label, self.tr("Reading prices for {0}…").format(region))
            self._relayout()
        return started

    def _refreshed(self, data: dict[str, Any]) -> None:
        self.refresh_button.setEnabled(True)
        update = price_data.parse_price_book(data, origin=ORIGIN)
        self.set_book(self.book.merged(update))
        keep_refresh(self._cache_path, update)
        regions = ", ".join(sorted(update.regions))
        _set(self.status_label, self.tr("Prices for {0} refreshed.").format(regions), "ok")
        self._relayout()

    def _refresh_failed(self, error: object) -> None:
        self.refresh_button.setEnabled(True)
        text = error.message if isinstance(error, AwsError) else str(error)
        hint = error.hint if isinstance(error, AwsError) else ""
        _set(self.status_label, self.tr("Refresh failed: {0}").format(text), "error")
        self._relayout()
        self.status_label.setToolTip(hint)

    # --- the advisor ------------------------------------------------------------
    def open_advisor(self) -> Any:
        from wizard.ui.dialogs.size_advisor_dialog import SizeAdvisorDialog

        dialog = SizeAdvisorDialog(self.controller, self.region(), self.tasks(), self.book, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per click otherwise
        dialog.open()
        return dialog


def _set(label: QLabel, text: str, severity: str = "") -> bool:
    """Touch Qt only on a change (this runs on every keystroke); True if the text or
    visibility changed, which can change the section's height."""
    changed = False
    if label.text() != text:
        label.setText(text)
        changed = True
    if label.isHidden() == bool(text):
        label.setVisible(bool(text))
        changed = True
    if label.property("severity") != severity:
        label.setProperty("severity", severity)
        repolish(label)
    return changed
