using System.Globalization;
using SiteGen.Charts;

namespace SiteGen.Tests.Charts;

/// <summary>The geometry of the charts (Charts/): what is drawn where, independent of any template.</summary>
public sealed class ChartGeometryTests
{
    private static readonly ChartSeries[] AgeGroups = [new("0–14"), new("15–64"), new("65 and over")];

    private static readonly ChartSeries[] Marks = [new("beyond plan", "◎"), new("as planned", "〇"), new("partly", "△")];

    private static ChartCategory Year(string label, params double[] values) =>
        new(label, values.Select(v => (ChartPoint?)new ChartPoint(v, v.ToString("0.0", CultureInfo.InvariantCulture) + "%")).ToList());

    private static readonly ChartCategory[] Population =
    [
        Year("2010", 10.5, 65.2, 24.3),
        Year("2015", 10.2, 64.8, 25.0),
        Year("2020", 9.8, 64.5, 25.7),
    ];

    [Theory]
    [InlineData(100, false, 100, 25)]
    [InlineData(26, true, 30, 10)]
    [InlineData(3, true, 3, 1)]
    [InlineData(1200, false, 1500, 500)]
    [InlineData(0.8, false, 0.8, 0.2)]
    public void A_nice_scale_ends_on_a_round_number_at_or_above_the_largest_value(double max, bool integers, double top, double step)
    {
        var scale = NiceScale.For(max, 4, integers);
        Assert.Equal(step, scale.Step, 9);
        Assert.Equal(top, scale.Max, 9);
        Assert.True(scale.Max >= max);
        Assert.Equal(0, scale.Ticks.First());
        Assert.Equal(scale.Max, scale.Ticks.Last(), 9);
    }

    [Fact]
    public void Stacked_segments_are_contiguous_proportional_and_fill_the_plot_when_shares_add_up_to_100()
    {
        var g = StackedBarLayout.Compute(AgeGroups, Population);
        var plotWidth = g.PlotRight - g.PlotLeft;
        Assert.Equal(3, g.Bars.Count);
        foreach (var (bar, category) in g.Bars.Zip(Population))
        {
            Assert.Equal(3, bar.Segments.Count);
            Assert.Equal(g.PlotLeft, bar.Segments[0].X, 6);
            for (var i = 1; i < bar.Segments.Count; i++)
                Assert.Equal(bar.Segments[i - 1].X + bar.Segments[i - 1].Width, bar.Segments[i].X, 6);
            for (var i = 0; i < bar.Segments.Count; i++)
                Assert.Equal(category.Points[i]!.Value / 100 * plotWidth, bar.Segments[i].Width, 6);
            var end = bar.Segments[^1].X + bar.Segments[^1].Width;
            Assert.Equal(g.PlotRight, end, 6);
            Assert.Equal(category.Label, bar.Label.Text);
        }
        Assert.Equal(["0", "25", "50", "75", "100"], g.Ticks.Select(t => t.Text));
    }

    [Fact]
    public void Bars_and_ticks_stay_inside_the_view_box_and_bars_do_not_overlap()
    {
        var g = StackedBarLayout.Compute(AgeGroups, Population);
        Assert.All(g.Bars.SelectMany(b => b.Segments), s =>
        {
            Assert.InRange(s.X, 0, g.Width);
            Assert.InRange(s.X + s.Width, 0, g.Width);
            Assert.InRange(s.Y + s.Height, 0, g.Height);
        });
        for (var i = 1; i < g.Bars.Count; i++)
            Assert.True(g.Bars[i].Y >= g.Bars[i - 1].Y + g.Bars[i - 1].Segments[0].Height);
        Assert.All(g.Ticks, t => Assert.InRange(t.Position, g.PlotLeft, g.PlotRight + 0.001));
        Assert.True(g.TickLabelY < g.Height);
        Assert.True(g.Bars.All(b => b.Label.X > 0 && b.Label.X <= g.PlotLeft));
    }

    [Fact]
    public void A_value_label_is_drawn_only_inside_a_segment_wide_enough_for_it()
    {
        var g = StackedBarLayout.Compute(AgeGroups, Population);
        var bar = g.Bars[0];
        // 10.5% of about 290 units is narrower than "10.5%" plus padding; 65.2% is wide enough.
        Assert.Null(bar.Segments[0].Label);
        Assert.Equal("65.2%", bar.Segments[1].Label!.Text);
        foreach (var s in bar.Segments.Where(s => s.Label is not null))
        {
            Assert.True(s.ChipX >= s.X && s.ChipX + s.ChipWidth <= s.X + s.Width);
            Assert.Equal(s.X + s.Width / 2, s.Label!.X, 6);
        }
    }

    [Fact]
    public void A_point_s_own_label_is_drawn_and_measured_instead_of_its_text()
    {
        // The 65-and-over share of 2010: "24.3%" does not fit its segment, the table's "24.3" (unit in the caption) does.
        ChartCategory Shares(double v, bool bare) =>
            new("2010", [new ChartPoint(10.5, "10.5%"), new ChartPoint(100 - 10.5 - v, "x"), new ChartPoint(v, $"{v:0.0}%", bare ? $"{v:0.0}" : null)]);
        Assert.Null(StackedBarLayout.Compute(AgeGroups, [Shares(24.3, bare: false)]).Bars[0].Segments[2].Label);
        var drawn = StackedBarLayout.Compute(AgeGroups, [Shares(24.3, bare: true)]).Bars[0].Segments[2];
        Assert.Equal("24.3", drawn.Label!.Text);
        Assert.True(drawn.ChipX >= drawn.X && drawn.ChipX + drawn.ChipWidth <= drawn.X + drawn.Width);
        // Too narrow even bare: nothing is drawn.
        Assert.Null(StackedBarLayout.Compute(AgeGroups, [Shares(10.5, bare: true)]).Bars[0].Segments[2].Label);
    }

    [Fact]
    public void Marks_are_labelled_with_their_symbol_and_zero_or_missing_values_draw_nothing()
    {
        ChartCategory[] years =
        [
            new("FY2019", [new ChartPoint(12, "12"), new ChartPoint(0, "0"), new ChartPoint(14, "14")]),
            new("FY2020", [new ChartPoint(5, "5"), null, new ChartPoint(21, "21")]),
        ];
        var g = StackedBarLayout.Compute(Marks, years, new StackedBarLayout.Options { Integers = true });
        Assert.Equal([0, 2], g.Bars[0].Segments.Select(s => s.Series));
        Assert.Equal([0, 2], g.Bars[1].Segments.Select(s => s.Series));
        Assert.Equal("◎ 12", g.Bars[0].Segments[0].Label!.Text);
        Assert.Equal(["0", "10", "20", "30"], g.Ticks.Select(t => t.Text));
    }

    [Fact]
    public void A_mark_whose_segment_is_too_narrow_for_its_symbol_shows_its_number_alone()
    {
        // 令和元年度 of Kashiwa's mid-term review: ◎ 10 of 36 actions, on a scale to 40.
        ChartCategory year = new("FY2019", [new ChartPoint(10, "10"), new ChartPoint(14, "14"), new ChartPoint(12, "12")]);
        var bar = StackedBarLayout.Compute(Marks, [year], new StackedBarLayout.Options { Integers = true }).Bars[0];
        Assert.Equal(["10", "〇 14", "△ 12"], bar.Segments.Select(s => s.Label?.Text));
        Assert.All(bar.Segments, s => Assert.True(s.ChipX >= s.X + 2 && s.ChipX + s.ChipWidth <= s.X + s.Width - 2));
        // With room, the symbol stays.
        var wide = StackedBarLayout.Compute(Marks, [year], new StackedBarLayout.Options { Integers = true, Width = 600 }).Bars[0];
        Assert.Equal("◎ 10", wide.Segments[0].Label!.Text);
    }

    [Fact]
    public void Without_an_axis_the_longest_bar_fills_the_plot()
    {
        ChartSeries[] marks = [new("a", "◎"), new("b", "〇")];
        var g = StackedBarLayout.Compute(marks, [new("FY2020", [new ChartPoint(7, "7"), new ChartPoint(19, "19")])],
            new StackedBarLayout.Options { Axis = false, Integers = true });
        Assert.Empty(g.Ticks);
        var last = g.Bars[0].Segments[^1];
        Assert.Equal(g.PlotRight, last.X + last.Width, 6);
        Assert.True(g.Height < g.TickLabelY);
    }

    [Fact]
    public void Line_points_move_right_by_category_and_up_with_the_value()
    {
        var g = LineLayout.Compute(AgeGroups, Population);
        Assert.Equal(3, g.Lines.Count);
        foreach (var line in g.Lines)
        {
            Assert.Equal(3, line.Points.Count);
            Assert.True(line.Points.Zip(line.Points.Skip(1)).All(p => p.Second.X > p.First.X));
            Assert.StartsWith("M", line.Path);
            Assert.Equal(2, line.Path.Count(c => c == 'L'));
            Assert.All(line.Points, p => Assert.InRange(p.Y, g.PlotTop, g.PlotBottom));
        }
        // 15–64 (about 65%) is drawn above 65 and over (about 25%), which is above 0–14 (about 10%).
        Assert.True(g.Lines[1].Points[0].Y < g.Lines[2].Points[0].Y);
        Assert.True(g.Lines[2].Points[0].Y < g.Lines[0].Points[0].Y);
        Assert.Equal(g.CategoryLabels.Select(c => c.Text), Population.Select(p => p.Label));
        Assert.Equal("0", g.ValueTicks[0].Text);
        Assert.Equal(g.PlotBottom, g.ValueTicks[0].Position, 6);
    }

    [Fact]
    public void A_missing_value_breaks_the_line_instead_of_bridging_the_gap()
    {
        ChartCategory[] categories =
        [
            new("2010", [new ChartPoint(10, "10")]),
            new("2015", [null]),
            new("2020", [new ChartPoint(12, "12")]),
            new("2025", [new ChartPoint(13, "13")]),
        ];
        var line = Assert.Single(LineLayout.Compute([new ChartSeries("a")], categories).Lines);
        Assert.Equal(3, line.Points.Count);
        Assert.Equal(2, line.Path.Count(c => c == 'M'));
        Assert.Equal(1, line.Path.Count(c => c == 'L'));
    }

    [Fact]
    public void End_labels_of_lines_that_end_together_are_moved_apart()
    {
        ChartSeries[] series = [new("a"), new("b"), new("c")];
        ChartCategory[] categories = [new("2020", [new ChartPoint(50, "50"), new ChartPoint(50.5, "50.5"), new ChartPoint(51, "51")])];
        var g = LineLayout.Compute(series, categories);
        var ys = g.Lines.Select(l => l.Label!.Y).Order().ToList();
        for (var i = 1; i < ys.Count; i++) Assert.True(ys[i] - ys[i - 1] >= ChartSize.FontSize + 2 - 1e-6, $"labels {ys[i - 1]} and {ys[i]} overlap");
        Assert.All(g.Lines, l => Assert.True(l.Label!.X > g.PlotRight));
    }

    [Fact]
    public void Series_differ_by_marker_and_dash_not_only_by_colour()
    {
        var markers = Enumerable.Range(0, 5).Select(i => LineLayout.Marker(i, 0, 0, 4)).ToList();
        Assert.Equal(5, markers.Distinct().Count());
        var dashes = Enumerable.Range(0, 4).Select(LineLayout.Dash).ToList();
        Assert.Equal(4, dashes.Distinct().Count());
        var styles = Enumerable.Range(0, 6).Select(i => ChartStyle.ForSeries("c", i)).ToList();
        Assert.Equal(6, styles.Select(s => s.Hatch).Distinct().Count());
        Assert.All(styles, s => Assert.InRange(s.Colour, 1, 5));
    }

    [Fact]
    public void Indicator_bars_share_one_scale_and_each_sits_below_its_own_label()
    {
        BarListLayout.Group[] groups =
        [
            new("FY2022", [new("Target (single year) (Target): 1,150 cases", 1150, 0), new("of which: consultations (Target): 86 cases", 86, 0)]),
            new("FY2024", [new("Target (single year) (Target): 1,200 cases", 1200, 0), new("Target (single year) (Actual): 600 cases", 600, 1)]),
        ];
        var g = BarListLayout.Compute(groups);
        Assert.Equal(["FY2022", "FY2024"], g.Headings.Select(h => h.Text));
        Assert.Equal(4, g.Bars.Count);
        var full = g.Bars.Max(b => b.Width);
        Assert.Equal(full, g.Bars[2].Width, 6);
        Assert.Equal(full * 1150 / 1200, g.Bars[0].Width, 6);
        Assert.Equal(full / 2, g.Bars[3].Width, 6);
        Assert.Equal(1, g.Bars[3].Style);
        Assert.All(g.Bars, b =>
        {
            Assert.True(b.Label[^1].Y < b.Y, "the label is above its bar");
            Assert.True(b.X + b.Width <= g.Width);
            Assert.True(b.Y + b.Height <= g.Height);
        });
        for (var i = 1; i < g.Bars.Count; i++) Assert.True(g.Bars[i].Label[0].Y > g.Bars[i - 1].Y + g.Bars[i - 1].Height);
    }

    [Fact]
    public void Long_labels_wrap_to_the_width_in_english_and_in_japanese()
    {
        const double width = 200;
        var english = TextMetrics.Wrap("Annual number of uses for each centre, of which consultations and of which community support", width, 13);
        var japanese = TextMetrics.Wrap("各センター単位の年間利用件数及び内相談件数と内地域支援数、目標値（単年）", width, 13);
        Assert.True(english.Count > 1);
        Assert.True(japanese.Count > 1);
        Assert.All(english.Concat(japanese), line => Assert.True(TextMetrics.Width(line, 13) <= width, line));
        Assert.Equal("Annual number of uses for each centre, of which consultations and of which community support", string.Join(" ", english));
        Assert.Equal("各センター単位の年間利用件数及び内相談件数と内地域支援数、目標値（単年）", string.Concat(japanese));
        Assert.DoesNotContain(japanese, line => line.StartsWith('、') || line.StartsWith('）'));
    }

    [Fact]
    public void Svg_numbers_are_the_tenths_the_formatter_would_print()
    {
        // The reference: what Svg.N wrote until it made the text from whole tenths.
        static string Reference(double value)
        {
            var text = Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("F1", CultureInfo.InvariantCulture);
            return text == "-0.0" ? "0.0" : text;
        }
        double[] edges = [0, -0.0, 0.05, -0.05, 0.04999, 0.15, 0.25, 0.35, 1.45, 2.675, -2.675, 9.95, -9.95, 99.95, 1e-9, -1e-9,
            123456789.05, 1e13 + 0.05, 1e14, 1e15, 1e16, -1e16, double.MaxValue, double.MinValue, double.Epsilon,
            double.NaN, double.PositiveInfinity, double.NegativeInfinity];
        foreach (var value in edges) Assert.Equal(Reference(value), Svg.N(value));
        var random = new Random(7);
        for (var i = 0; i < 200_000; i++)
        {
            // Chart coordinates (0–1000, two or more decimals), halves of tenths, and a wide spread of magnitudes.
            var value = (i % 4) switch
            {
                0 => random.NextDouble() * 1000,
                1 => Math.Round(random.NextDouble() * 2000 - 1000, 2),
                2 => (random.Next(-20000, 20000) + 0.5) / 10,
                _ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 16)),
            };
            Assert.Equal(Reference(value), Svg.N(value));
        }
    }

    [Fact]
    public void Coordinates_are_written_with_one_decimal_in_the_invariant_culture_whatever_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            // A culture that writes decimals with a comma, as de-DE does (made by hand: the tests run with
            // invariant globalisation, like the program, where named cultures cannot be created).
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NumberGroupSeparator = ".";
            CultureInfo.CurrentCulture = comma;
            Assert.Equal("12,3", 12.3.ToString()); // the culture does what it should, so the checks below can fail
            Assert.Equal("12.3", Svg.N(12.345));
            Assert.Equal("0.0", Svg.N(-0.01));
            Assert.Equal("1234.0", Svg.N(1234));
            var first = StackedBarLayout.Compute(AgeGroups, Population);
            var second = StackedBarLayout.Compute(AgeGroups, Population);
            Assert.Equal(first.Bars.SelectMany(b => b.Segments).Select(s => Svg.N(s.X) + Svg.N(s.Width)),
                second.Bars.SelectMany(b => b.Segments).Select(s => Svg.N(s.X) + Svg.N(s.Width)));
            Assert.DoesNotContain(',', string.Join(" ", LineLayout.Compute(AgeGroups, Population).Lines.Select(l => l.Path)));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
