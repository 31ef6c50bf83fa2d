using Lupus.Application.Demo;
using Lupus.Persistence.Entities;
using Lupus.Web.Hosting;
using Lupus.Web.Tests.Support;
using Microsoft.Playwright;

namespace Lupus.Web.Tests;

/// <summary>The pages in a real browser (Debian Chromium through Playwright); screenshots go to bin/.../screenshots.</summary>
[Trait("Category", "Browser")]
public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task VisitForm_TickingItems_ShowsComputedSledaiAndSaves()
    {
        var page = await browser.SignInAsync(Accounts.InvestigatorA);
        var id = await browser.PatientIdAsync("NUH-001");

        await page.GotoAsync($"{browser.BaseUrl}/Patients/{id}/Visits/New");
        await page.Locator("#d-rash").CheckAsync();
        await page.Locator("#d-alopecia").CheckAsync();
        await page.GetByLabel("Swollen or tender joints (count)").FillAsync("3");
        await page.GetByLabel("Creatinine (µmol/L)").FillAsync("82");

        // arthritis 4 + rash 2 + alopecia 2, computed by the scoring endpoint while typing.
        await Assertions.Expect(page.Locator("#score-sledai")).ToHaveTextAsync("8");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "visit-form.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        try
        {
            await page.WaitForURLAsync($"{browser.BaseUrl}/Patients/{id}");
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "visit-saved.png"), FullPage = true });
        }

        await Assertions.Expect(page.Locator("#latest-sledai")).ToHaveTextAsync("8");
    }

    [Fact]
    public async Task VisitForm_ImpossibleValue_ShowsMessageOnFieldAndSavesNothing()
    {
        var page = await browser.SignInAsync(Accounts.InvestigatorA);
        var id = await browser.PatientIdAsync("NUH-002");

        await page.GotoAsync($"{browser.BaseUrl}/Patients/{id}/Visits/New");
        await page.GetByLabel("Swollen or tender joints (count)").FillAsync("-1");
        await page.GetByLabel("Creatinine (µmol/L)").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.ArthritisJointCount']"))
            .ToHaveTextAsync("Swollen or tender joints (count) must be between 0 and 100");
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.CreatinineUmolPerL']"))
            .ToHaveTextAsync("Creatinine (µmol/L) must be greater than 0");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "visit-form-errors.png"), FullPage = true });
        Assert.EndsWith("/Visits/New", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientPage_ShowsTimelineWithInfusions()
    {
        var page = await browser.SignInAsync(Accounts.InvestigatorA);
        var id = await browser.PatientIdAsync("NUH-003");

        await page.GotoAsync($"{browser.BaseUrl}/Patients/{id}");

        var plot = page.Locator("#timeline svg");
        await Assertions.Expect(plot).ToBeVisibleAsync();
        await Assertions.Expect(plot.Locator("text", new() { HasTextString = "SLEDAI-2K" })).ToHaveCountAsync(1);
        Assert.True(await plot.Locator("text", new() { HasTextString = "MSC" }).CountAsync() >= 1);
        Assert.True(await plot.Locator("circle").CountAsync() >= 6);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "patient.png"), FullPage = true });
    }

    [Fact]
    public async Task PatientPage_OfOtherSite_IsNotFound()
    {
        var page = await browser.SignInAsync(Accounts.InvestigatorA);
        var id = await browser.PatientIdAsync("RLC-001");

        var response = await page.GotoAsync($"{browser.BaseUrl}/Patients/{id}");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Not found");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "other-site.png") });
    }

    [Fact]
    public async Task PatientForm_RegistersPatient_AfterRefusingFutureBirthDate()
    {
        var page = await browser.SignInAsync(Accounts.InvestigatorB);

        await page.GotoAsync(browser.BaseUrl + "/Patients/Edit");
        await page.GetByLabel("Study id").FillAsync("RLC-101");
        await page.GetByLabel("Birth date").FillAsync("2030-01-01");
        await page.GetByLabel("SLE diagnosis date").FillAsync("2020-03-01");
        await page.GetByLabel("Family name").FillAsync("Example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.BirthDate']")).ToHaveTextAsync("Birth date must not be in the future");
        await page.GetByLabel("Birth date").FillAsync("1991-04-12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("RLC-101");
        await Assertions.Expect(page.Locator(".badge").First).ToHaveTextAsync("RLC");
    }

    [Fact]
    public async Task UserAdministration_CreatesAccountThenChangesItsRole()
    {
        var page = await browser.SignInAsync(Accounts.Admin);

        await page.GotoAsync(browser.BaseUrl + "/Admin/Users");
        await page.GetByLabel("E-mail").FillAsync("new.coordinator@example.org");
        await page.GetByLabel("Display name").FillAsync("New coordinator");
        await page.GetByLabel("Initial password").FillAsync("Coordinator-Passw0rd!");
        await page.GetByLabel("NUH · Northgate University Hospital").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        var row = page.Locator("tbody tr", new() { HasTextString = "new.coordinator@example.org" });
        await Assertions.Expect(row).ToContainTextAsync("Investigator");

        await row.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await page.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "Monitor" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator("tbody tr", new() { HasTextString = "new.coordinator@example.org" })).ToContainTextAsync("Monitor");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "users.png"), FullPage = true });
    }

    [Fact]
    public async Task Dashboard_And_PatientList_Render()
    {
        var page = await browser.SignInAsync(Accounts.Monitor);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "dashboard.png"), FullPage = true });
        // Only the seeded RLC-00x patients: another test in this class registers RLC-101 in the shared database.
        await page.GotoAsync(browser.BaseUrl + "/Patients?q=RLC-00");

        var seeded = TrialDemo.Create(new LupusWebOptions().DemoSeed).Records.OfType<Patient>().Count(p => p.StudyId.StartsWith("RLC-00", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(seeded);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "patients.png"), FullPage = true });
    }

    [Fact]
    public async Task LabForm_UnitNotAllowed_ShowsMessageThenSavesListsAndDeletes()
    {
        var page = await browser.SignInAsync(Accounts.InvestigatorA);
        var id = await browser.PatientIdAsync("NUH-004");

        await page.GotoAsync($"{browser.BaseUrl}/Patients/{id}/Labs/New");
        await page.Locator("#Input_Analyte").SelectOptionAsync(new SelectOptionValue { Label = "Creatinine" });
        await page.Locator("#Input_Value").FillAsync("0");
        await page.Locator("#Input_Unit").SelectOptionAsync("g/L");
        await page.Locator("#Input_CollectionDate").FillAsync("2026-08-03");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Unit']")).ToHaveTextAsync("Unit must be one of umol/L, mg/dL for Creatinine");
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Value']")).ToHaveTextAsync("Value must be greater than 0");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "lab-form-errors.png"), FullPage = true });
        await page.Locator("#Input_Value").FillAsync("97.5");
        await page.Locator("#Input_Unit").SelectOptionAsync("umol/L");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync($"{browser.BaseUrl}/Patients/{id}");
        var row = page.Locator("tbody tr", new() { HasTextString = "97.5" });
        await Assertions.Expect(row).ToContainTextAsync("Creatinine");

        await row.GetByRole(AriaRole.Link, new() { Name = "Delete" }).ClickAsync();
        await page.Locator("#DeleteReason").FillAsync("Result belongs to another sample");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "lab-delete.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete lab result" }).ClickAsync();
        await page.WaitForURLAsync($"{browser.BaseUrl}/Patients/{id}");

        await Assertions.Expect(page.Locator("tbody tr", new() { HasTextString = "97.5" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task LabForm_ValueInOtherUnit_IsStoredInCanonicalUnitAndUnknownUnitIsRefused()
    {
        var page = await browser.SignInAsync(Accounts.InvestigatorA);
        var id = await browser.PatientIdAsync("NUH-008");

        await page.GotoAsync($"{browser.BaseUrl}/Patients/{id}/Labs/New");
        await Assertions.Expect(page.Locator("#Input_Unit option[value='mg/dL']").First).ToHaveTextAsync("mg/dL (stored as g/L)");
        await page.Locator("#Input_Analyte").SelectOptionAsync(new SelectOptionValue { Label = "C3" });
        await page.Locator("#Input_Value").FillAsync("67");
        await page.Locator("#Input_LowerLimit").FillAsync("90");
        await page.Locator("#Input_UpperLimit").FillAsync("180");
        await page.Locator("#Input_CollectionDate").FillAsync("2026-08-04");
        await page.Locator("#Input_Unit").EvaluateAsync("e => e.add(new Option('mg/L', 'mg/L', true, true))");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Unit']")).ToHaveTextAsync("Unit must be one of g/L, mg/dL for C3");
        await page.Locator("#Input_Unit").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync($"{browser.BaseUrl}/Patients/{id}");

        var row = page.Locator("tbody tr", new() { HasTextString = "0.67" });
        await Assertions.Expect(row).ToContainTextAsync("C3");
        await Assertions.Expect(row).ToContainTextAsync("g/L");
        await Assertions.Expect(row).ToContainTextAsync("0.9 – 1.8");
    }

    [Fact]
    public async Task ImmunePanelForm_PercentAbove100_ShowsMessageThenSaves()
    {
        var page = await browser.SignInAsync(Accounts.InvestigatorA);
        var id = await browser.PatientIdAsync("NUH-005");

        await page.GotoAsync($"{browser.BaseUrl}/Patients/{id}/ImmunePanels/New");
        await page.GetByLabel("Treg (% of parent)").FillAsync("120");
        await page.GetByLabel("IL-6 (pg/mL)").FillAsync("-3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.TregPercent']")).ToHaveTextAsync("Treg (% of parent) must be between 0 and 100");
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Il6PgPerMl']")).ToHaveTextAsync("IL-6 (pg/mL) must not be negative");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "immune-panel-errors.png"), FullPage = true });
        await page.GetByLabel("Treg (% of parent)").FillAsync("6.4");
        await page.GetByLabel("IL-6 (pg/mL)").FillAsync("31.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync($"{browser.BaseUrl}/Patients/{id}");

        await Assertions.Expect(page.Locator("tbody tr", new() { HasTextString = "31.5" })).ToContainTextAsync("6.4");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "patient-with-panel.png"), FullPage = true });
    }

    [Fact]
    public async Task LabEdit_WithoutReason_IsRefusedOnTheField()
    {
        var page = await browser.SignInAsync(Accounts.InvestigatorA);
        var id = await browser.PatientIdAsync("NUH-006");
        await page.GotoAsync($"{browser.BaseUrl}/Patients/{id}");

        await page.Locator("a[href*='/Labs/']:text-is('Edit')").First.ClickAsync();
        await page.Locator("#Input_Value").FillAsync("1.5");
        await page.Locator("#Input_Reason").EvaluateAsync("e => e.removeAttribute('required')");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Reason']")).ToHaveTextAsync("Reason for change is required when changing recorded data");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "lab-edit-reason.png"), FullPage = true });
    }

    [Fact]
    public async Task LabEdit_TwoUsersSaveTheSameVersion_SecondIsRefusedAndFirstKept()
    {
        var first = await browser.SignInAsync(Accounts.InvestigatorA);
        var id = await browser.PatientIdAsync("NUH-007");
        await first.GotoAsync($"{browser.BaseUrl}/Patients/{id}");
        await first.Locator("a[href*='/Labs/']:text-is('Edit')").First.ClickAsync();
        var second = await browser.SignInAsync(Accounts.Admin, alongside: true);
        await second.GotoAsync(first.Url);

        await first.Locator("#Input_Value").FillAsync("1.11");
        await first.Locator("#Input_Reason").FillAsync("Transcription error");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await first.WaitForURLAsync($"{browser.BaseUrl}/Patients/{id}");
        await second.Locator("#Input_Value").FillAsync("2.22");
        await second.Locator("#Input_Reason").FillAsync("Source check");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(second.Locator(".alert.error")).ToContainTextAsync("This record was changed by someone else after you opened it");
        await second.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "lab-edit-conflict.png"), FullPage = true });
        await second.GotoAsync(second.Url);
        await Assertions.Expect(second.Locator("#Input_Value")).ToHaveValueAsync("1.11");
    }
}
