using System.Globalization;
using Humanitarian.Framework.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Primitives;

namespace Humanitarian.Web.Tests;

/// <summary>The binders behind the date and amount inputs, on a form value, without a host.</summary>
public sealed class VietnamModelBinders_Tests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static async Task<ModelBindingContext> BindAsync(IModelBinder binder, Type type, string value, CultureInfo culture)
    {
        var context = new DefaultModelBindingContext
        {
            ModelMetadata = new EmptyModelMetadataProvider().GetMetadataForType(type),
            ModelName = "field",
            ModelState = new ModelStateDictionary(),
            ValueProvider = new FormValueProvider(BindingSource.Form,
                new FormCollection(new Dictionary<string, StringValues> { ["field"] = value }), culture),
        };
        await binder.BindModelAsync(context);
        return context;
    }

    private static VietnamDateModelBinder DateBinder(Type type) => new(new SimpleTypeModelBinder(type, NullLoggerFactory.Instance));

    [Fact]
    public async Task Should_read_a_slashed_day_day_first_on_an_English_request()
    {
        var context = await BindAsync(DateBinder(typeof(DateOnly?)), typeof(DateOnly?), "05/03/2025", English);

        context.Result.IsModelSet.ShouldBeTrue();
        context.Result.Model.ShouldBe(new DateOnly(2025, 3, 5));
    }

    [Fact]
    public async Task Should_read_a_slashed_day_into_a_DateTime_at_midnight()
    {
        var binder = new VietnamDateModelBinder(new DateTimeModelBinder(DateTimeStyles.None, NullLoggerFactory.Instance));
        var context = await BindAsync(binder, typeof(DateTime), "5/3/2025", English);

        context.Result.Model.ShouldBe(new DateTime(2025, 3, 5));
    }

    [Fact]
    public async Task Should_refuse_an_English_month_first_day_beside_the_field_instead_of_guessing()
    {
        var context = await BindAsync(DateBinder(typeof(DateOnly)), typeof(DateOnly), "03/13/2025", English);

        context.Result.IsModelSet.ShouldBeFalse();
        context.ModelState["field"]!.Errors.ShouldHaveSingleItem();
        context.ModelState["field"]!.AttemptedValue.ShouldBe("03/13/2025");
    }

    [Fact]
    public async Task Should_leave_an_ISO_day_to_MVC_binding()
    {
        var context = await BindAsync(DateBinder(typeof(DateOnly?)), typeof(DateOnly?), "2025-03-05", CultureInfo.InvariantCulture);

        context.Result.Model.ShouldBe(new DateOnly(2025, 3, 5));
    }

    [Theory]
    [InlineData("1.234.567", 1234567L)]
    [InlineData("1234567", 1234567L)]
    public async Task Should_bind_an_amount_typed_with_or_without_dots(string text, long expected)
    {
        var context = await BindAsync(new VndAmountModelBinder(), typeof(long), text, English);

        context.Result.Model.ShouldBe(expected);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("-1.000")]
    [InlineData("9.223.372.036.854.775.808")]
    public async Task Should_refuse_an_amount_beside_the_field(string text)
    {
        var context = await BindAsync(new VndAmountModelBinder(), typeof(long), text, English);

        context.Result.IsModelSet.ShouldBeFalse();
        context.ModelState["field"]!.Errors.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_bind_no_amount_as_null()
    {
        var context = await BindAsync(new VndAmountModelBinder(), typeof(long?), "", English);

        context.Result.IsModelSet.ShouldBeTrue();
        context.Result.Model.ShouldBeNull();
    }
}
