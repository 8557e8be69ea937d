using Humanitarian.Beneficiaries;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Domain.Addresses;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Beneficiaries.Tests.Domain;

/// <summary>CCCD and CMND numbers as officials type them, without host or database.</summary>
public sealed class NationalId_Tests
{
    [Theory]
    [InlineData("001095012345", "001095012345")]
    [InlineData("001 095 012 345", "001095012345")]
    [InlineData("001.095.012.345", "001095012345")]
    [InlineData("123456789", "123456789")]
    [InlineData("123-456-789", "123456789")]
    public void Should_read_a_cccd_or_a_cmnd_ignoring_separators(string typed, string digits) =>
        NationalId.Parse(typed)!.Digits.ShouldBe(digits);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Should_read_nothing_from_empty_input(string? typed) => NationalId.Parse(typed).ShouldBeNull();

    [Theory]
    [InlineData("12345678")] // 8 digits
    [InlineData("1234567890")] // 10 digits
    [InlineData("00109501234A")]
    [InlineData("000095012345")] // province 000
    [InlineData("097095012345")] // province 097
    [InlineData("００１０９５０１２３４５")] // full-width digits are not ASCII digits
    public void Should_refuse_what_is_neither(string typed) =>
        Should.Throw<BusinessException>(() => NationalId.Parse(typed)).Code.ShouldBe(BeneficiariesErrorCodes.InvalidNationalId);

    [Theory]
    [InlineData("001095012345", Sex.Male, 1995)]
    [InlineData("001195012345", Sex.Female, 1995)]
    [InlineData("079205012345", Sex.Male, 2005)]
    [InlineData("079305012345", Sex.Female, 2005)]
    [InlineData("001895012345", Sex.Male, 1895)]
    public void Should_agree_with_the_holders_sex_and_birth_year(string digits, Sex sex, int birthYear) =>
        NationalId.Parse(digits)!.CheckAgrees(sex, birthYear);

    [Theory]
    [InlineData("001095012345", Sex.Female, 1995)]
    [InlineData("001095012345", Sex.Male, 1996)]
    [InlineData("001095012345", Sex.Male, 2095)] // the century is in the fourth digit
    [InlineData("079305012345", Sex.Female, 1905)]
    public void Should_refuse_a_cccd_that_contradicts_the_record(string digits, Sex sex, int birthYear) =>
        Should.Throw<BusinessException>(() => NationalId.Parse(digits)!.CheckAgrees(sex, birthYear)).Code
            .ShouldBe(BeneficiariesErrorCodes.NationalIdMismatch);

    [Fact]
    public void Should_not_check_a_cmnd_or_what_the_record_does_not_say()
    {
        NationalId.Parse("123456789")!.CheckAgrees(Sex.Female, 1930);
        NationalId.Parse("001095012345")!.CheckAgrees(null, null);
    }
}
