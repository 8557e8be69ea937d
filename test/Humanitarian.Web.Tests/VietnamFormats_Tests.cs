using Humanitarian.Framework.AspNetCore.Mvc.UI;

namespace Humanitarian.Web.Tests;

/// <summary>How the UI building blocks write and read days and amounts; plain functions, no host.</summary>
public sealed class VietnamFormats_Tests
{
    [Theory]
    [InlineData("05/03/2025", 2025, 3, 5)]
    [InlineData("5/3/2025", 2025, 3, 5)]
    [InlineData(" 31/12/2024 ", 2024, 12, 31)]
    [InlineData("29/02/2024", 2024, 2, 29)]
    public void Should_read_a_day_written_day_first(string text, int year, int month, int day)
    {
        VietnamTime.TryParseDate(text, out var date).ShouldBeTrue();
        date.ShouldBe(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("13/25/2025")] // month 25
    [InlineData("03/13/2025")] // an English mm/dd day is not guessed
    [InlineData("29/02/2025")]
    [InlineData("2025-03-05")] // ISO is MVC's own binding, not this reader
    [InlineData("05/03/25")]
    [InlineData("05.03.2025")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_refuse_what_is_not_a_day_written_dd_MM_yyyy(string? text)
    {
        VietnamTime.TryParseDate(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void Should_write_a_day_as_dd_MM_yyyy_and_read_it_back()
    {
        var day = new DateOnly(2025, 3, 5);
        VietnamTime.FormatDate(day).ShouldBe("05/03/2025");
        VietnamTime.TryParseDate(VietnamTime.FormatDate(day), out var back).ShouldBeTrue();
        back.ShouldBe(day);
    }

    [Theory]
    [InlineData(0, "0\u00A0₫")]
    [InlineData(999, "999\u00A0₫")]
    [InlineData(1234567, "1.234.567\u00A0₫")]
    [InlineData(long.MaxValue, "9.223.372.036.854.775.807\u00A0₫")]
    [InlineData(-1500000, "-1.500.000\u00A0₫")]
    public void Should_write_an_amount_with_dots_and_the_dong_sign(long amount, string expected)
    {
        Vnd.Format(amount).ShouldBe(expected);
    }

    [Fact]
    public void Should_write_nothing_for_no_amount()
    {
        Vnd.Format((long?)null).ShouldBe("");
    }

    [Theory]
    [InlineData("1234567", 1234567)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("1.234.567 ₫", 1234567)]
    [InlineData("1.234.567\u00A0₫", 1234567)]
    [InlineData(" 500 ", 500)]
    [InlineData("0", 0)]
    [InlineData("9.223.372.036.854.775.807", long.MaxValue)]
    public void Should_read_an_amount_with_or_without_dots(string text, long expected)
    {
        Vnd.TryParse(text, out var amount).ShouldBeTrue();
        amount.ShouldBe(expected);
    }

    [Theory]
    [InlineData("1,5")] // a fraction or a foreign grouping: never guessed
    [InlineData("1.5")] // a dot that does not group three digits
    [InlineData("1.234.56")]
    [InlineData("12.34")]
    [InlineData(".123")]
    [InlineData("-1.000")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData("9.223.372.036.854.775.808")] // one more than long.MaxValue
    [InlineData("99999999999999999999")]
    [InlineData("1 234 567")]
    [InlineData("₫")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_refuse_a_fraction_a_sign_a_misplaced_dot_or_an_overflow(string? text)
    {
        Vnd.TryParse(text, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(7L)]
    [InlineData(1234567L)]
    [InlineData(long.MaxValue)]
    public void Should_read_back_what_it_writes(long amount)
    {
        Vnd.TryParse(Vnd.Format(amount), out var back).ShouldBeTrue();
        back.ShouldBe(amount);
        Vnd.TryParse(Vnd.FormatNumber(amount), out back).ShouldBeTrue();
        back.ShouldBe(amount);
    }
}
